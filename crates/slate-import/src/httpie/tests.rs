use super::items::{parse_item, Item};
use super::*;
use crate::curl::DataKind;

fn one(code: &str) -> CurlCall {
    let calls = parse_httpie_commands(code);
    assert_eq!(calls.len(), 1, "expected one call in {code:?}: {calls:#?}");
    calls.into_iter().next().unwrap()
}

fn h(n: &str, v: &str) -> (String, String) {
    (n.to_string(), v.to_string())
}

fn raw(s: &str) -> (DataKind, String) {
    (DataKind::Raw, s.to_string())
}

fn enc(s: &str) -> (DataKind, String) {
    (DataKind::UrlEncoded, s.to_string())
}

fn form(s: &str) -> (DataKind, String) {
    (DataKind::Form, s.to_string())
}

// ---- shapes of a bank API documented only in httpie commands

#[test]
fn bank_form_put_with_continued_quoted_items() {
    let code = "$ http --form PUT \"https://api.bank.test/pots/$pot_id/deposit\" \\\n    \"Authorization: Bearer $access_token\" \\\n    \"source_account_id=$account_id\" \\\n    \"amount=$amount\" \\\n    \"dedupe_id=$dedupe_id\"\n";
    let c = one(code);
    assert_eq!(c.line, 0);
    assert_eq!(c.explicit_method.as_deref(), Some("PUT"));
    assert_eq!(c.method, "PUT");
    assert_eq!(c.url, "https://api.bank.test/pots/$pot_id/deposit");
    assert_eq!(c.headers, vec![h("Authorization", "Bearer $access_token")]);
    assert_eq!(c.user, None);
    assert!(!c.get);
    assert_eq!(c.data, vec![enc("source_account_id=$account_id"), enc("amount=$amount"), enc("dedupe_id=$dedupe_id")]);
}

#[test]
fn bank_get_without_method_and_query_items() {
    let c = one("$ http \"https://api.bank.test/balance\" \\\n    \"Authorization: Bearer $access_token\" \\\n    \"account_id==$account_id\"\n");
    assert_eq!(c.explicit_method, None);
    assert_eq!(c.method, "GET");
    assert_eq!(c.url, "https://api.bank.test/balance?account_id=$account_id");
    assert!(c.data.is_empty());
    // a query item before the header, and an unquoted one
    let c = one("$ http \"https://api.bank.test/pots\" \\\n    \"current_account_id==$account_id\" \\\n    \"Authorization: Bearer $access_token\"\n");
    assert_eq!(c.url, "https://api.bank.test/pots?current_account_id=$account_id");
    assert_eq!(c.headers, vec![h("Authorization", "Bearer $access_token")]);
    let c = one("$ http \"https://api.bank.test/accounts\" \\\n    \"Authorization: Bearer $access_token\" \\\n    account_type==uk_retail\n");
    assert_eq!(c.url, "https://api.bank.test/accounts?account_type=uk_retail");
}

#[test]
fn bank_comment_lines_inside_a_continued_command() {
    // the comment ends in `\`
    let code = "$ http \"https://api.bank.test/transactions/$transaction_id\" \\\n    \"Authorization: Bearer $access_token\" \\\n    # Here we are expanding the merchant \\\n    \"expand[]==merchant\"\n";
    let c = one(code);
    assert_eq!(c.method, "GET");
    assert_eq!(c.url, "https://api.bank.test/transactions/$transaction_id?expand[]=merchant");
    // the comment does not end in `\`, the next line is an indented item
    let code = "$ http --form PATCH \"https://api.bank.test/transactions/$transaction_id\" \\\n    \"Authorization: Bearer $access_token\" \\\n    \"metadata[$key1]=$value1\" \\\n    # Set a key's value as empty to delete it\n    \"metadata[$key2]=\"\n";
    let c = one(code);
    assert_eq!(c.method, "PATCH");
    assert_eq!(c.data, vec![enc("metadata[$key1]=$value1"), enc("metadata[$key2]=")]);
    // a trailing comment ends the command; the block ends there
    let c = one("$ http PUT \"https://api.bank.test/transaction-receipts\" \\\n    \"Authorization: Bearer $access_token\" \\\n    # ... JSON Receipt data ...\n");
    assert_eq!(c.method, "PUT");
    assert_eq!(c.headers.len(), 1);
    assert!(c.data.is_empty());
}

#[test]
fn bank_data_without_method_is_post_and_json() {
    // httpie's rule: data items and no METHOD mean POST; without --form they are JSON.
    let c = one("$ http \"https://api.bank.test/webhooks\" \\\n    \"Authorization: Bearer $access_token\" \\\n    \"account_id=$account_id\"\n");
    assert_eq!(c.explicit_method, None);
    assert_eq!(c.method, "POST");
    assert_eq!(c.url, "https://api.bank.test/webhooks");
    assert_eq!(c.data, vec![raw("{\"account_id\": \"$account_id\"}")]);
}

#[test]
fn bank_form_values_with_urls_hashes_and_tabs() {
    let code = "$ http --form POST \"https://api.bank.test/feed\" \\\n    \"Authorization: Bearer $access_token\" \\\n  \t\"url=https://www.example.com/a_page.html\" \\\n    \"params[title]=My custom item\" \\\n    \"params[background_color]=#FCF1EE\"\n";
    let c = one(code);
    assert_eq!(
        c.data,
        vec![
            enc("url=https://www.example.com/a_page.html"),
            enc("params[title]=My custom item"),
            enc("params[background_color]=#FCF1EE")
        ]
    );
    let c = one(
        "$ http --form POST \"https://api.bank.test/oauth2/logout\" \\\n    \"Authorization: Bearer $access_token\"\n",
    );
    assert_eq!(c.method, "POST");
    assert!(c.data.is_empty());
}

// ---- program, prompt, flags

#[test]
fn program_words_and_prompts() {
    assert_eq!(one("http example.org/get").url, "http://example.org/get");
    assert_eq!(one("https example.org/get").url, "https://example.org/get");
    assert_eq!(one("$ https pie.dev/get").url, "https://pie.dev/get");
    assert_eq!(one("$http_not_a_prompt pie.dev/get\n$ http pie.dev/x").url, "http://pie.dev/x");
    assert_eq!(one("user@box:~$ http pie.dev/a").url, "http://pie.dev/a");
    assert_eq!(one("  \thttp pie.dev/b").url, "http://pie.dev/b");
    // a written scheme wins over the program's default
    assert_eq!(one("https http://pie.dev/c").url, "http://pie.dev/c");
    assert_eq!(one("http --default-scheme=https pie.dev/d").url, "https://pie.dev/d");
    assert_eq!(one("http --default-scheme https pie.dev/d").url, "https://pie.dev/d");
}

#[test]
fn flags_before_and_after_the_url() {
    let c =
        one("http -v --print=HBhb --pretty all -p HB --style=monokai -s fruity --timeout 5 -f POST pie.dev/post a=1");
    assert_eq!(c.method, "POST");
    assert_eq!(c.url, "http://pie.dev/post");
    assert_eq!(c.data, vec![enc("a=1")]);
    // clusters: `-vf`, `-pHB` (print HB), `-fv`
    let c = one("http -vf -pHB PUT pie.dev/put a=1");
    assert_eq!(c.method, "PUT");
    assert_eq!(c.data, vec![enc("a=1")]);
    // flags after the URL (argparse reads them anywhere), `--verbose`, `--offline`
    let c = one("http POST pie.dev/post a=1 --form --verbose --offline");
    assert_eq!(c.data, vec![enc("a=1")]);
    // --json after --form: the last one wins; -j is --json
    let c = one("http --form -j POST pie.dev/post a=1");
    assert_eq!(c.data, vec![raw("{\"a\": \"1\"}")]);
    let c = one("http --json pie.dev/post a=1");
    assert_eq!(c.method, "POST");
    assert_eq!(c.data, vec![raw("{\"a\": \"1\"}")]);
}

#[test]
fn auth_flags() {
    let c = one("http -a user:secret pie.dev/basic-auth/user/secret");
    assert_eq!(c.user.as_deref(), Some("user:secret"));
    assert!(c.headers.is_empty());
    let c = one("http --auth=TOKEN: pie.dev/get");
    assert_eq!(c.user.as_deref(), Some("TOKEN:"));
    let c = one("http -aACCESS_TOKEN: pie.dev/get");
    assert_eq!(c.user.as_deref(), Some("ACCESS_TOKEN:"));
    let c = one("http --auth-type=digest -a user:pw pie.dev/digest-auth/x");
    assert_eq!(c.user.as_deref(), Some("user:pw"));
    let c = one("http -A bearer -a $TOKEN pie.dev/bearer");
    assert_eq!(c.user, None);
    assert_eq!(c.headers, vec![h("Authorization", "Bearer $TOKEN")]);
    let c = one("http --auth-type=jwt --auth tok pie.dev/x");
    assert_eq!(c.user, None);
    assert!(c.headers.is_empty());
}

// ---- shell lexing

#[test]
fn continuations_and_quotes() {
    let code =
        "http PUT pie.dev/put \\\n  'X-API-Token: 123' \\   \n\t\"name=John Smith\" \\\r\n  'note=it''s' \"q==a b\"\n";
    let c = one(code);
    assert_eq!(c.method, "PUT");
    assert_eq!(c.url, "http://pie.dev/put?q=a b");
    assert_eq!(c.headers, vec![h("X-API-Token", "123")]);
    assert_eq!(c.data, vec![raw("{\"name\": \"John Smith\", \"note\": \"its\"}")]);
    // escapes inside double quotes; a multi-line single-quoted raw JSON value
    let code = "http POST pie.dev/post \"say=\\\"hi\\\" \\$HOME\" 'list:=[\n  1,\n  2\n]'\n";
    let c = one(code);
    let v: serde_json::Value = serde_json::from_str(&c.data[0].1).unwrap();
    assert_eq!(v["say"], "\"hi\" $HOME");
    assert_eq!(v["list"], serde_json::json!([1, 2]));
}

#[test]
fn shell_variables_kept_verbatim() {
    let c = one("http \"https://${API_HOST}/pots/$pot_id\" \"Authorization: Bearer ${TOKEN}\" x==$(date +%s)");
    assert_eq!(c.url, "https://${API_HOST}/pots/$pot_id?x=$(date +%s)");
    assert_eq!(c.headers, vec![h("Authorization", "Bearer ${TOKEN}")]);
    // a URL led by a variable is not given a scheme
    assert_eq!(one("http $BASE/items/1").url, "$BASE/items/1");
    assert_eq!(one("https ${BASE}/items").url, "${BASE}/items");
}

#[test]
fn several_commands_line_numbers_and_other_text() {
    let code = "# list them\n$ http pie.dev/a\n\necho start; http DELETE pie.dev/b && http pie.dev/c | jq .\ncurl https://x.example/not-httpie \\\n  http pie.dev/continued-curl-line\n";
    let calls = parse_httpie_commands(code);
    let got: Vec<(usize, &str, &str)> = calls.iter().map(|c| (c.line, c.method.as_str(), c.url.as_str())).collect();
    assert_eq!(
        got,
        vec![(1, "GET", "http://pie.dev/a"), (3, "DELETE", "http://pie.dev/b"), (3, "GET", "http://pie.dev/c")]
    );
    // piped input is a body: no METHOD means POST
    let c = one("echo '{\"a\": 1}' | http pie.dev/post");
    assert_eq!(c.method, "POST");
}

#[test]
fn output_after_a_prompted_command_is_not_read() {
    let code = "$ http pie.dev/get\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{\n    \"args\": {}\n}\n";
    let c = one(code);
    assert!(c.headers.is_empty());
    assert_eq!(c.url, "http://pie.dev/get");
}

#[test]
fn not_httpie() {
    for code in [
        "",
        "http = Net::HTTP.start(uri.hostname, uri.port)\n",
        "HTTP/1.1 200 OK\nContent-Type: application/json\n",
        "https://api.example.com/v1/things\n",
        "http and https are both accepted\n",
        "http\n",
        "curl https://x.example/a\n",
        "# http pie.dev/get\n",
        "echo \"http pie.dev/get\"\n",
        "GET /widgets HTTP/1.1\nHost: x.example\n",
        "httpie pie.dev/get\n",
        "http GET\n",
    ] {
        assert!(parse_httpie_commands(code).is_empty(), "{code:?}");
    }
}

#[test]
fn redirects_here_strings_and_here_documents() {
    let c = one("http POST pie.dev/post < body.json > out.json 2>&1");
    assert_eq!(c.data, vec![raw("@body.json")]);
    let c = one("http pie.dev/post <<< '{\"a\": 1}'");
    assert_eq!(c.method, "POST");
    assert_eq!(c.data, vec![raw("{\"a\": 1}")]);
    let calls = parse_httpie_commands("http PUT pie.dev/put <<EOF\n{\"a\": 1}\nEOF\nhttp pie.dev/next\n");
    assert_eq!(calls.len(), 2);
    assert_eq!(calls[0].data, vec![raw("{\"a\": 1}")]);
    assert_eq!(calls[1].url, "http://pie.dev/next");
    assert_eq!(calls[1].line, 3);
    let c = one("http --raw 'plain text' pie.dev/post");
    assert_eq!(c.method, "POST");
    assert_eq!(c.data, vec![raw("plain text")]);
    // an output redirect alone sends nothing
    assert_eq!(one("http pie.dev/image/png > image.png").method, "GET");
}

// ---- method and URL

#[test]
fn optional_method() {
    assert_eq!(one("http pie.dev/get").method, "GET");
    assert_eq!(one("http pie.dev/post hello=world").method, "POST");
    // query items and headers are not data
    assert_eq!(one("http pie.dev/get q==1 X-A:b").method, "GET");
    let c = one("http delete pie.dev/delete");
    assert_eq!(c.explicit_method.as_deref(), Some("DELETE"));
    assert_eq!(c.method, "DELETE");
    let c = one("http OPTIONS pie.dev/x");
    assert_eq!(c.method, "OPTIONS");
    // an uppercase typo is kept for the model to correct, as curl's `-X PATH`
    assert_eq!(one("http PATH pie.dev/x").explicit_method.as_deref(), Some("PATH"));
    // a lowercase word followed by an item is the URL
    let c = one("http localhost a=b");
    assert_eq!(c.explicit_method, None);
    assert_eq!(c.url, "http://localhost");
    assert_eq!(c.method, "POST");
    let c = one("http get :3000/x");
    assert_eq!(c.method, "GET");
    assert_eq!(c.url, "http://localhost:3000/x");
}

#[test]
fn urls_without_scheme_and_localhost_shorthand() {
    assert_eq!(one("http :3000/x").url, "http://localhost:3000/x");
    assert_eq!(one("http :/foo").url, "http://localhost/foo");
    assert_eq!(one("http :").url, "http://localhost");
    assert_eq!(one("http :8080").url, "http://localhost:8080");
    assert_eq!(one("https api.example.com:8443/v1").url, "https://api.example.com:8443/v1");
    assert_eq!(one("http example.org").url, "http://example.org");
    assert_eq!(one("http 127.0.0.1:5000/a").url, "http://127.0.0.1:5000/a");
    assert_eq!(one("http localhost:3000").url, "http://localhost:3000");
    // query items join a written query string, before a fragment
    assert_eq!(one("http 'pie.dev/get?a=1' b==2 c==x&y").url, "http://pie.dev/get?a=1&b=2&c=x%26y");
    assert_eq!(one("http pie.dev/get?a=1#top b==2").url, "http://pie.dev/get?a=1&b=2#top");
    assert_eq!(one("http pie.dev/get? b==").url, "http://pie.dev/get?b=");
}

// ---- request items

#[test]
fn item_separators() {
    assert_eq!(parse_item("X-API-Token:123"), Some(Item::Header("X-API-Token".into(), "123".into())));
    assert_eq!(
        parse_item("Referer:https://httpie.io"),
        Some(Item::Header("Referer".into(), "https://httpie.io".into()))
    );
    assert_eq!(parse_item("Cookie:foo=bar"), Some(Item::Header("Cookie".into(), "foo=bar".into())));
    assert_eq!(parse_item("Accept;"), Some(Item::EmptyHeader("Accept".into())));
    assert_eq!(parse_item("User-Agent:"), Some(Item::UnsetHeader));
    assert_eq!(parse_item("search==httpie"), Some(Item::Query("search".into(), "httpie".into())));
    assert_eq!(parse_item("token==@t.txt"), Some(Item::QueryFromFile("token".into())));
    assert_eq!(parse_item("url=https://x/y"), Some(Item::Data("url".into(), "https://x/y".into())));
    assert_eq!(parse_item("email=a@b.com"), Some(Item::Data("email".into(), "a@b.com".into())));
    assert_eq!(parse_item("bio=@about.txt"), Some(Item::DataFromFile("bio".into(), "about.txt".into())));
    assert_eq!(parse_item("age:=29"), Some(Item::Json("age".into(), "29".into())));
    assert_eq!(parse_item("meta:=@m.json"), Some(Item::JsonFromFile("meta".into(), "m.json".into())));
    assert_eq!(parse_item("cv@~/cv.pdf"), Some(Item::File("cv".into(), "~/cv.pdf".into())));
    assert_eq!(
        parse_item("cv@cv.txt;type=text/markdown"),
        Some(Item::File("cv".into(), "cv.txt;type=text/markdown".into()))
    );
    // escapes
    assert_eq!(parse_item("foo\\==bar"), Some(Item::Data("foo\\=".into(), "bar".into())));
    assert_eq!(parse_item("a\\:b:c"), Some(Item::Header("a:b".into(), "c".into())));
    assert_eq!(parse_item("k=v\\=w"), Some(Item::Data("k".into(), "v=w".into())));
    // not items
    assert_eq!(parse_item("plain"), None);
    assert_eq!(parse_item(":3000"), None);
    assert_eq!(parse_item("=x"), None);
    assert_eq!(parse_item("a;b"), None);
}

#[test]
fn headers_and_empty_headers() {
    let c = one("http pie.dev/headers 'X-A: one two' 'Accept;' User-Agent: Host:example.com");
    assert_eq!(c.headers, vec![h("X-A", "one two"), h("Accept", ""), h("Host", "example.com")]);
    assert_eq!(c.method, "GET");
}

#[test]
fn json_fields_raw_json_and_nesting() {
    let c = one("http PUT pie.dev/put name=John age:=29 married:=false hobbies:='[\"http\", \"pies\"]' bio=@about.txt");
    let v: serde_json::Value = serde_json::from_str(&c.data[0].1).unwrap();
    assert_eq!(
        v,
        serde_json::json!({"name": "John", "age": 29, "married": false, "hobbies": ["http", "pies"], "bio": "@about.txt"})
    );
    assert_eq!(c.data.len(), 1);
    let c = one("http pie.dev/post result[status][type]=ok product[price]:=10 search[keywords][]=soda search[keywords][]=fries items[1]=b ids:=1 ids:=2 'esc\\[x\\]=1'");
    let v: serde_json::Value = serde_json::from_str(&c.data[0].1).unwrap();
    assert_eq!(
        v,
        serde_json::json!({
            "result": {"status": {"type": "ok"}},
            "product": {"price": 10},
            "search": {"keywords": ["soda", "fries"]},
            "items": [null, "b"],
            "ids": [1, 2],
            "esc[x]": "1"
        })
    );
    let c = one("http pie.dev/post []:=1 []:=2");
    assert_eq!(c.data, vec![raw("[1, 2]")]);
    // a raw value that is a shell variable is spliced as written (the JSON reader judges it)
    let c = one("http pie.dev/post amount:=$amount");
    assert_eq!(c.data, vec![raw("{\"amount\": $amount}")]);
    // huge indexes are keys, malformed paths literal keys
    let c = one("http pie.dev/post a[99999999]=1 'b[c=2'");
    let v: serde_json::Value = serde_json::from_str(&c.data[0].1).unwrap();
    assert_eq!(v, serde_json::json!({"a": {"99999999": "1"}, "b[c": "2"}));
}

#[test]
fn form_fields_and_multipart_uploads() {
    let c = one("http -f POST pie.dev/post name=John 'email=a@b.com' bio=@about.txt n:=1");
    assert_eq!(c.data, vec![enc("name=John"), enc("email=a@b.com"), enc("bio@about.txt"), enc("n=1")]);
    // a file field makes the whole form multipart
    let c = one("http -f POST pie.dev/post name='John Smith' cv@~/files/data.xml note=@n.txt");
    assert_eq!(c.data, vec![form("name=John Smith"), form("cv=@~/files/data.xml"), form("note=<n.txt")]);
    let c = one("http --multipart pie.dev/post a=1");
    assert_eq!(c.method, "POST");
    assert_eq!(c.data, vec![form("a=1")]);
    // an upload without --form is read as the multipart request it means
    let c = one("http pie.dev/post file@photo.png");
    assert_eq!(c.data, vec![form("file=@photo.png")]);
    assert_eq!(c.method, "POST");
}

#[test]
fn double_dash_ends_options() {
    let c = one("http pie.dev/post -- -name-starting-with-dash=foo -Unusual-Header:bar");
    assert_eq!(c.headers, vec![h("-Unusual-Header", "bar")]);
    assert_eq!(c.data, vec![raw("{\"-name-starting-with-dash\": \"foo\"}")]);
}

#[test]
fn forgotten_backslash_before_indented_item_lines() {
    let c = one("http POST pie.dev/post\n    X-A:b\n    a=1\n\nThen the answer.");
    assert_eq!(c.headers, vec![h("X-A", "b")]);
    assert_eq!(c.data, vec![raw("{\"a\": \"1\"}")]);
    // httpie's own docs: `\ # comment` after an item
    let c = one("http PUT pie.dev/put \\\n    name=John \\\n    age:=29 \\ # Raw JSON\n    bookmarks:=@b.json # Embed JSON file\n");
    assert_eq!(c.data, vec![raw("{\"name\": \"John\", \"age\": 29, \"bookmarks\": @b.json}")]);
}

// ---- robustness

const COMPLEX: &str = "# demo\n$ http -f --auth u:p PUT \"https://${HOST}/v1/a?x=1\" \\\n\t'X-A: b' \\    \n  q==\"a b\" f@x.png 'j:=[1,\n 2]' \\\n  # comment \\\n  -- -x=1 > out 2>&1; https :3000/b a[0][]=1 | jq '.[0]' && http `echo x` $(http -s u) <<EOF\nbody\nEOF\n$ http «ü» https://ü.example/ä <<< 'x' \\\n^\n";

#[test]
fn every_prefix_and_suffix_of_a_complex_block_is_safe() {
    let chars: Vec<char> = COMPLEX.chars().collect();
    for k in 0..=chars.len() {
        let prefix: String = chars[..k].iter().collect();
        let suffix: String = chars[k..].iter().collect();
        for s in [prefix, suffix] {
            for call in parse_httpie_commands(&s) {
                assert!(call.line <= s.lines().count());
            }
        }
    }
    let calls = parse_httpie_commands(COMPLEX);
    assert!(calls.len() >= 2, "{calls:#?}");
    assert_eq!(calls[0].method, "PUT");
    assert_eq!(calls[0].url, "https://${HOST}/v1/a?x=1&q=a b");
    assert_eq!(calls[0].user.as_deref(), Some("u:p"));
    assert_eq!(calls[0].line, 1);
    assert_eq!(calls[1].url, "https://localhost:3000/b");
}

#[test]
fn random_strings_never_panic() {
    let alphabet: Vec<char> = "http s-fvaA:=@;[]\\'\"$#{}()<>|&`\n\t\r ./?ü0123".chars().collect();
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    for _ in 0..4000 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let len = (state % 70) as usize;
        let mut s = String::from(if (state >> 9) & 1 == 1 { "http " } else { "" });
        let mut r = state;
        for _ in 0..len {
            r = r.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            s.push(alphabet[((r >> 33) as usize) % alphabet.len()]);
        }
        let _ = parse_httpie_commands(&s);
    }
}
