//! Wire behaviour of the generated schemas client (tests/specs/schemas.yaml): a oneOf decided
//! by its discriminator, optional vs nullable fields, a schema named `Error` as the error body.
//! Copied in by client-gen's compile test.

use schemas::{types, Client, Error};
use serde_json::json;
use wiremock::matchers::{body_json, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn client(server: &MockServer) -> Client {
    Client::builder().base_url(server.uri()).allow_http(true).build().expect("client")
}

#[tokio::test]
async fn a_discriminator_picks_the_variant_even_when_every_field_is_optional() {
    let server = MockServer::start().await;
    let list = json!([
        {"type": "episode", "name": "Pilot", "show": "S"},
        {"type": "track", "name": "Song", "album": "A"}
    ]);
    Mock::given(path("/playables")).respond_with(ResponseTemplate::new(200).set_body_json(list)).mount(&server).await;
    let items = client(&server).list_playables().await.expect("decoded");
    assert!(matches!(&items[0], types::Playable::Episode(e) if e.show.as_deref() == Some("S")), "{items:?}");
    assert!(matches!(&items[1], types::Playable::Track(t) if t.album.as_deref() == Some("A")), "{items:?}");
}

#[tokio::test]
async fn an_unknown_discriminator_value_is_a_decode_error() {
    let server = MockServer::start().await;
    let list = json!([{"type": "audiobook", "name": "B"}]);
    Mock::given(path("/playables")).respond_with(ResponseTemplate::new(200).set_body_json(list)).mount(&server).await;
    let error = client(&server).list_playables().await.expect_err("unknown type");
    assert!(matches!(&error, Error::Decode { message, .. } if message.contains("audiobook")), "{error:?}");
}

#[tokio::test]
async fn implicit_mapping_and_an_inline_variant_round_trip() {
    let server = MockServer::start().await;
    let polygon = json!({"shape": "polygon", "points": [1.0, 2.0]});
    Mock::given(method("POST"))
        .and(path("/shapes"))
        .and(body_json(&polygon))
        .respond_with(ResponseTemplate::new(201).set_body_json(json!({"shape": "Square", "side": 2.0})))
        .expect(1)
        .mount(&server)
        .await;
    let body = types::Shape::Object(types::ShapeVariant3 {
        shape: types::ShapeVariant3Shape::Polygon,
        points: vec![1.0, 2.0],
    });
    let created = client(&server).create_shape(body).await.expect("created");
    assert_eq!(created, types::Shape::Square(types::Square { shape: "Square".into(), side: 2.0 }));
}

#[tokio::test]
async fn absent_and_null_are_kept_apart_where_a_field_is_optional_and_nullable() {
    let server = MockServer::start().await;
    Mock::given(path("/items/a"))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            json!({"id": "a", "name": "A", "tags": [], "parent": null, "nickname": null}),
        ))
        .mount(&server)
        .await;
    Mock::given(path("/items/b"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"name": "B", "tags": ["x"], "parent": "a", "nickname": "bee"})),
        )
        .mount(&server)
        .await;
    let a = client(&server).get_item("a").await.expect("a");
    assert_eq!((a.parent.as_deref(), a.nickname.clone(), a.comment.as_deref()), (None, Some(None), None));
    let b = client(&server).get_item("b").await.expect("b");
    assert_eq!((b.parent.as_deref(), b.nickname.clone()), (Some("a"), Some(Some("bee".to_string()))));
    // Encoding: `Some(None)` is `null`, `None` is left out, a required nullable is `null`; the
    // absent `kind` was decoded as its default, `small`.
    let text = serde_json::to_value(&a).expect("encode");
    assert_eq!(text, json!({"id": "a", "name": "A", "tags": [], "parent": null, "nickname": null, "kind": "small"}));
}

#[tokio::test]
async fn a_schema_named_error_is_the_error_body() {
    let server = MockServer::start().await;
    Mock::given(path("/items/missing"))
        .respond_with(ResponseTemplate::new(404).set_body_json(json!({"code": 404, "message": "no such item"})))
        .mount(&server)
        .await;
    let error = client(&server).get_item("missing").await.expect_err("404");
    let Error::Status { status, error: Some(body), .. } = &error else { panic!("{error:?}") };
    let body: &types::ErrorBody = body;
    assert_eq!((*status, body.code, body.message.as_str()), (404, 404, "no such item"));
}

#[tokio::test]
async fn an_allof_base_with_a_discriminator_decodes_its_subtypes_and_absent_fields_take_their_default() {
    let server = MockServer::start().await;
    let list = json!([
        {"kind": "dog", "name": "Rex"},
        {"kind": "Cat", "name": "Tom", "lives": 7},
        {"kind": "bird", "name": "Tweety"}
    ]);
    Mock::given(method("GET"))
        .and(path("/animals"))
        .respond_with(ResponseTemplate::new(200).set_body_json(list))
        .mount(&server)
        .await;
    let animals = client(&server).list_animals().send().await.expect("animals");
    let expected = vec![
        types::Animal::Dog(types::Dog {
            kind: "dog".into(),
            name: "Rex".into(),
            barks: Some(true),
            size: Some(types::Size::Small),
        }),
        types::Animal::Cat(types::Cat { kind: "Cat".into(), name: "Tom".into(), lives: Some(7) }),
        types::Animal::AnimalBase(types::AnimalBase { kind: "bird".into(), name: "Tweety".into() }),
    ];
    assert_eq!(animals, expected);
    // A default is the server's: a field left unset is not sent.
    let unset = types::Cat { kind: "Cat".into(), name: "Tom".into(), lives: None };
    assert_eq!(serde_json::to_value(&unset).expect("json"), json!({"kind": "Cat", "name": "Tom"}));
}
