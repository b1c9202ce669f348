use super::*;

fn one(code: &str) -> CurlCall {
    let calls = parse_curl_commands(code);
    assert_eq!(calls.len(), 1, "expected one call in {code:?}: {calls:#?}");
    calls.into_iter().next().unwrap()
}

fn h(n: &str, v: &str) -> (String, String) {
    (n.to_string(), v.to_string())
}

#[test]
fn quoted_url_with_continued_header_lines() {
    let c = one("curl \"https://api.example.org/v2/widgets/?limit=5&page=1\" \\\n  -H \"X-Secret: abc123\" \\\n  -H \"Content-type: application/json\"\n");
    assert_eq!(c.line, 0);
    assert_eq!(c.url, "https://api.example.org/v2/widgets/?limit=5&page=1");
    assert_eq!(c.method, "GET");
    assert_eq!(c.explicit_method, None);
    assert_eq!(c.headers, vec![h("X-Secret", "abc123"), h("Content-type", "application/json")]);
    assert!(c.data.is_empty());
    assert!(!c.get);
}

#[test]
fn explicit_post_with_multiline_single_quoted_json() {
    let code = "curl -X POST https://api.example.org/things -d '{\n  \"name\": \"Box \\\"A\\\"\",\n  \"tags\": [\"x\", \"y\"],\n\n  \"n\": 1\n}'\n";
    let c = one(code);
    assert_eq!(c.explicit_method.as_deref(), Some("POST"));
    assert_eq!(c.method, "POST");
    assert_eq!(c.url, "https://api.example.org/things");
    assert_eq!(
        c.data,
        vec![(
            DataKind::Raw,
            "{\n  \"name\": \"Box \\\"A\\\"\",\n  \"tags\": [\"x\", \"y\"],\n\n  \"n\": 1\n}".to_string()
        )]
    );
    let v: serde_json::Value = serde_json::from_str(&c.data[0].1).unwrap();
    assert_eq!(v["n"], 1);
}

#[test]
fn long_request_and_url_flags() {
    let c = one("curl --request GET \\\n  --url 'https://shop.example.com/api/1/clients?api_key=KEY'\n");
    assert_eq!(c.explicit_method.as_deref(), Some("GET"));
    assert_eq!(c.url, "https://shop.example.com/api/1/clients?api_key=KEY");
    // the same written on one line with a stray `\ `
    let c = one("curl --request GET \\ --url 'https://shop.example.com/x'");
    assert_eq!(c.url, "https://shop.example.com/x");
    assert_eq!(c.method, "GET");
}

#[test]
fn long_form_post_with_tab_indented_json_body() {
    let code = "curl --request PATCH \\\n--url 'https://shop.example.com/api/1/groups/42' \\\n--header 'content-type: application/json' \\\n--cookie 'sid=abc; path=/' \\\n--data '{\n\t\"group\": {\n\t\t\"sku\": \"SKU_1\"\n\t}\n}'\n";
    let c = one(code);
    assert_eq!(c.method, "PATCH");
    assert_eq!(c.url, "https://shop.example.com/api/1/groups/42");
    // `--cookie` is the `Cookie` header curl sends.
    assert_eq!(c.headers, vec![h("content-type", "application/json"), h("Cookie", "sid=abc; path=/")]);
    assert_eq!(c.data.len(), 1);
    assert!(c.data[0].1.contains("\t\t\"sku\": \"SKU_1\""));
}

#[test]
fn prompt_user_on_tab_indented_continuation() {
    let c = one("$ curl https://files.example.net/api/v1/rooms/1 \\\n\t\t-u ACCESS_TOKEN:\n");
    assert_eq!(c.url, "https://files.example.net/api/v1/rooms/1");
    assert_eq!(c.user.as_deref(), Some("ACCESS_TOKEN:"));
    assert_eq!(c.method, "GET");
    // indented block whose lines still carry a leading tab
    let c = one("\tcurl https://files.example.net/api/v1/me \\\n\t\t-u TOKEN:\n");
    assert_eq!(c.user.as_deref(), Some("TOKEN:"));
}

#[test]
fn form_style_data_flags_each_kept() {
    let c = one("$ curl https://files.example.net/api/v1/hooks \\\n\t-u TOKEN: \\\n\t-d event=\"thing.created\" \\\n\t-d target_url=\"http://example.com/hook\"\n");
    assert_eq!(c.method, "POST");
    assert_eq!(
        c.data,
        vec![
            (DataKind::Raw, "event=thing.created".to_string()),
            (DataKind::Raw, "target_url=http://example.com/hook".to_string())
        ]
    );
}

#[test]
fn shell_variables_kept_verbatim() {
    let c = one("$ curl https://${API_ROOT}/companies/ID/bills \\\n    -H \"Authorization: ${API_KEY}\"\n");
    assert_eq!(c.url, "https://${API_ROOT}/companies/ID/bills");
    assert_eq!(c.headers, vec![h("Authorization", "${API_KEY}")]);
    let c = one("curl $BASE/x -H \"Authorization: Bearer $(cat token.txt)\"");
    assert_eq!(c.url, "$BASE/x");
    assert_eq!(c.headers, vec![h("Authorization", "Bearer $(cat token.txt)")]);
}

#[test]
fn method_after_url_and_trailing_blanks_after_backslash() {
    let code = "$ curl https://${API_ROOT}/settings/callback \\\n    -X PUT \\\n    -d \"callback=https://example.com/cb\" \\\n    -H \"Content-type: application/x-www-form-urlencoded\" \\    \n    -H \"Authorization: ${API_KEY}\"\n";
    let c = one(code);
    assert_eq!(c.method, "PUT");
    assert_eq!(c.url, "https://${API_ROOT}/settings/callback");
    assert_eq!(c.headers.len(), 2);
    assert_eq!(c.headers[1], h("Authorization", "${API_KEY}"));
}

#[test]
fn data_from_file_and_kinds() {
    let c = one("curl https://x.example/upload --data @body.json");
    assert_eq!(c.data, vec![(DataKind::Raw, "@body.json".to_string())]);
    assert_eq!(c.method, "POST");
    let c = one("curl https://x.example/u --data-urlencode 'q=a b' -F file=@a.png --form-string 'x=1' --data-binary @- --data-raw '@x' --json '{}'");
    assert_eq!(
        c.data.iter().map(|(k, _)| *k).collect::<Vec<_>>(),
        vec![DataKind::UrlEncoded, DataKind::Form, DataKind::Form, DataKind::Raw, DataKind::Raw, DataKind::Raw]
    );
    assert_eq!(c.data[1].1, "file=@a.png");
}

#[test]
fn get_head_upload_and_typo_methods() {
    let c = one("curl -G https://x.example/search -d q=1");
    assert!(c.get);
    assert_eq!(c.method, "GET");
    let c = one("curl --get --data-urlencode 'q=a b' https://x.example/search");
    assert!(c.get);
    assert_eq!(c.method, "GET");
    assert_eq!(one("curl -I https://x.example/").method, "HEAD");
    assert_eq!(one("curl -T f.txt https://x.example/f").method, "PUT");
    let c = one("curl -X PATH https://x.example/a");
    assert_eq!(c.explicit_method.as_deref(), Some("PATH"));
    assert_eq!(c.method, "PATH");
    assert_eq!(one("curl -X post https://x.example/a").method, "POST");
    // glued short options and clusters
    let c = one("curl -sSL -XDELETE -HAccept:text/plain https://x.example/a/1");
    assert_eq!(c.method, "DELETE");
    assert_eq!(c.headers, vec![h("Accept", "text/plain")]);
    let c = one("curl -sd 'a=1' https://x.example/a");
    assert_eq!(c.data, vec![(DataKind::Raw, "a=1".to_string())]);
    // last -X wins, as in curl; --opt=value is accepted
    let c = one("curl -X GET --request=DELETE --url=https://x.example/z");
    assert_eq!(c.method, "DELETE");
    assert_eq!(c.url, "https://x.example/z");
}

#[test]
fn several_commands_comments_and_other_text() {
    let code = "# list the widgets\ncurl https://x.example/widgets\n\n# create one\ncurl -X POST https://x.example/widgets -d 'name=w'\necho done; curl https://x.example/a && curl https://x.example/b | jq .\n{\"id\": 1, \"note\": \"it's done; use curl https://nope\"}\n";
    let calls = parse_curl_commands(code);
    let urls: Vec<&str> = calls.iter().map(|c| c.url.as_str()).collect();
    assert_eq!(
        urls,
        vec!["https://x.example/widgets", "https://x.example/widgets", "https://x.example/a", "https://x.example/b"]
    );
    let lines: Vec<usize> = calls.iter().map(|c| c.line).collect();
    assert_eq!(lines, vec![1, 4, 5, 5]);
    assert_eq!(calls[1].method, "POST");
}

#[test]
fn output_after_prompt_command_is_not_parsed() {
    let code = "$ curl -i https://x.example/ping\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"ok\": true}\n";
    let c = one(code);
    assert_eq!(c.url, "https://x.example/ping");
    assert!(c.headers.is_empty());
}

#[test]
fn no_curl_gives_nothing() {
    assert!(parse_curl_commands("").is_empty());
    assert!(parse_curl_commands("GET /widgets HTTP/1.1\nHost: x.example\n").is_empty());
    assert!(parse_curl_commands("const curly = require('curly');\n// use curl for this\n").is_empty());
    assert!(parse_curl_commands("# curl https://x.example\n").is_empty());
    assert!(parse_curl_commands("echo \"run curl https://x.example\"").is_empty());
    assert!(parse_curl_commands("Use curl to call https://x.example").is_empty());
}

#[test]
fn comment_after_command_and_env_prefix() {
    let c = one("TOKEN=abc curl https://x.example/a # fetch it\n");
    assert_eq!(c.url, "https://x.example/a");
    let c = one("RESP=$(curl -s https://x.example/b)\n");
    assert_eq!(c.url, "https://x.example/b");
    let c = one("user@box:~$ curl https://x.example/c");
    assert_eq!(c.url, "https://x.example/c");
    // `#` inside a word is not a comment
    let c = one("curl https://x.example/d#frag");
    assert_eq!(c.url, "https://x.example/d#frag");
}

#[test]
fn unterminated_quote_closes_at_end_of_line() {
    let code = "curl --request GET \\\n  --url 'https://x.example/api/1/items/9/availability?from=01-01-2018&till=01-02-2018\n\nSome text with a ' quote\n";
    let c = one(code);
    assert_eq!(c.url, "https://x.example/api/1/items/9/availability?from=01-01-2018&till=01-02-2018");
    let c = one("curl \"https://x.example/open -H 'A: b'\n");
    assert_eq!(c.url, "https://x.example/open -H 'A: b'");
}

#[test]
fn trailing_backslash_at_end_and_unquoted_ampersand() {
    let c = one("curl --request POST \\\n  --url https://x.example/orders/1/cancel \\\n");
    assert_eq!(c.url, "https://x.example/orders/1/cancel");
    assert_eq!(c.method, "POST");
    let c = one("curl https://x.example/a?b=1&c=2 -H 'A: b'");
    assert_eq!(c.url, "https://x.example/a?b=1&c=2");
    assert_eq!(c.headers.len(), 1);
}

#[test]
fn forgotten_backslash_before_indented_flag_line() {
    let c = one("curl https://x.example/a\n  -H \"Accept: application/json\"\n  -X DELETE\n\nDELETE removes it.");
    assert_eq!(c.method, "DELETE");
    assert_eq!(c.headers, vec![h("Accept", "application/json")]);
}

#[test]
fn placeholders_redirects_crlf_and_dashes() {
    let c = one("curl https://x.example/users/<user id> -H 'Authorization: Bearer <token>' > out.json 2>&1");
    assert_eq!(c.url, "https://x.example/users/<user id>");
    assert_eq!(c.headers.len(), 1);
    let c = one("curl -X POST \\\r\n  https://x.example/a \\\r\n  -d \"x=1\"\r\n");
    assert_eq!(c.url, "https://x.example/a");
    assert_eq!(c.data, vec![(DataKind::Raw, "x=1".to_string())]);
    let c = one("curl –X PUT —url https://x.example/b");
    assert_eq!(c.method, "PUT");
    assert_eq!(c.url, "https://x.example/b");
    let c = one("curl -o out.bin -A agent -- https://x.example/c");
    assert_eq!(c.url, "https://x.example/c");
}

#[test]
fn capitalised_command_word() {
    let c = one("Curl -X POST \"https://x.example/a\" -d '{}'");
    assert_eq!(c.method, "POST");
    assert_eq!(c.url, "https://x.example/a");
}

#[test]
fn curl_without_url_still_reported() {
    let c = one("curl --version");
    assert_eq!(c.url, "");
    assert_eq!(c.method, "GET");
}

const COMPLEX: &str = "# demo\n$ curl -X POST \"https://${HOST}/v1/a?x=1&y=\\\"2\\\"\" \\\n\t-H 'Content-Type: application/json' \\    \n  --user me:secret --data-urlencode \"q=a b\" -F f=@x.png \\\n  -d '{\n  \"k\": \"v \\\\ w\",\n  \"l\": [1, 2]\n}' -G --url=https://other/ > out 2>&1; curl «ü» https://ü.example/ä | jq '.[0]' && curl `echo x` $(curl -s u) <<EOF\nbody\nEOF\n–X —H \\\n^\n";

#[test]
fn every_prefix_and_suffix_of_a_complex_block_is_safe() {
    let chars: Vec<char> = COMPLEX.chars().collect();
    for k in 0..=chars.len() {
        let prefix: String = chars[..k].iter().collect();
        let suffix: String = chars[k..].iter().collect();
        for s in [prefix, suffix] {
            for call in parse_curl_commands(&s) {
                assert!(call.line <= s.lines().count());
                let _ = split_url(&call.url);
            }
            let _ = split_url(&s);
        }
    }
    let calls = parse_curl_commands(COMPLEX);
    assert!(calls.len() >= 3, "{calls:#?}");
    assert_eq!(calls[0].url, "https://${HOST}/v1/a?x=1&y=\"2\"");
    assert_eq!(calls[0].method, "POST");
    assert!(calls[0].get);
}

#[test]
fn random_strings_never_panic() {
    let alphabet: Vec<char> = "curl -XHdFGuI\\'\"$#{}()<>;&|`\n\t\r =:/?.ü–^@".chars().collect();
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..3000 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let len = (state % 60) as usize;
        let mut s = String::from(if (state >> 7) & 1 == 1 { "curl " } else { "" });
        let mut r = state;
        for _ in 0..len {
            r = r.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            s.push(alphabet[((r >> 33) as usize) % alphabet.len()]);
        }
        for call in parse_curl_commands(&s) {
            let _ = split_url(&call.url);
        }
        let _ = split_url(&s);
    }
}

fn q(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs.iter().map(|(k, v)| h(k, v)).collect()
}

#[test]
fn split_url_cases() {
    let s = split_url("https://${API_ROOT}/x");
    assert_eq!(s.origin.as_deref(), Some("https://${API_ROOT}"));
    assert_eq!(s.path, "/x");
    assert!(s.query.is_empty());

    let s = split_url("https://app.example.se/api/2/departments/?");
    assert_eq!(s.origin.as_deref(), Some("https://app.example.se"));
    assert_eq!(s.path, "/api/2/departments/");
    assert!(s.query.is_empty());

    let s = split_url("api_endpoint_here");
    assert_eq!(s.origin, None);
    assert_eq!(s.path, "api_endpoint_here");

    let s = split_url("/customers?page=:page&per=:per");
    assert_eq!(s.origin, None);
    assert_eq!(s.path, "/customers");
    assert_eq!(s.query, q(&[("page", ":page"), ("per", ":per")]));

    let s = split_url("https://company.example.com/api/1/customers?api_key=KEY");
    assert_eq!(s.origin.as_deref(), Some("https://company.example.com"));
    assert_eq!(s.path, "/api/1/customers");
    assert_eq!(s.query, q(&[("api_key", "KEY")]));

    let s = split_url(" https://x.example:8443/a/b?c=1&&flag&d=%20x=y#section?z=1 ");
    assert_eq!(s.origin.as_deref(), Some("https://x.example:8443"));
    assert_eq!(s.path, "/a/b");
    assert_eq!(s.query, q(&[("c", "1"), ("flag", ""), ("d", "%20x=y")]));

    let s = split_url("/docs#intro");
    assert_eq!(s.path, "/docs");

    let s = split_url("https://${API_ROOT}/");
    assert_eq!(s.path, "/");
    let s = split_url("https://x.example");
    assert_eq!(s.path, "/");

    let s = split_url("/lines/update_positions?ids[]=:id1&ids[]=:id2");
    assert_eq!(s.query, q(&[("ids[]", ":id1"), ("ids[]", ":id2")]));
}

#[test]
fn split_url_schemeless_hosts_and_variables() {
    let s = split_url("api.example.com/v1/users");
    assert_eq!(s.origin.as_deref(), Some("api.example.com"));
    assert_eq!(s.path, "/v1/users");
    let s = split_url("{host}/v2/coupon/redeem");
    assert_eq!((s.origin.as_deref(), s.path.as_str()), (Some("{host}"), "/v2/coupon/redeem"));
    let s = split_url("localhost:3000/health");
    assert_eq!(s.origin.as_deref(), Some("localhost:3000"));
    let s = split_url("$BASE_URL/items/1");
    assert_eq!(s.origin.as_deref(), Some("$BASE_URL"));
    assert_eq!(s.path, "/items/1");
    let s = split_url("{{ baseUrl }}/items");
    assert_eq!(s.origin.as_deref(), Some("{{ baseUrl }}"));
    let s = split_url("//cdn.example.com/a.js");
    assert_eq!(s.origin.as_deref(), Some("//cdn.example.com"));
    assert_eq!(s.path, "/a.js");
    // not hosts: relative paths and file names
    assert_eq!(split_url("users/1").origin, None);
    assert_eq!(split_url("data.json").origin, None);
    assert_eq!(split_url("").path, "");
    assert_eq!(split_url("?a=1").query, q(&[("a", "1")]));
}
