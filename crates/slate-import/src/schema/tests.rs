//! Schema inference on small evidence: merged examples, tables, formats, enums, names.

use super::components::Presence;
use super::types::{parse_type_text, Kind};
use super::*;
use crate::diag::{Diagnostics, Pos};
use serde_json::json;

fn field(name: &str, type_text: &str, description: &str) -> FieldDoc {
    FieldDoc {
        name: name.into(),
        type_text: (!type_text.is_empty()).then(|| type_text.into()),
        description: (!description.is_empty()).then(|| description.into()),
        pos: Pos::new("docs.md", 10),
        ..FieldDoc::default()
    }
}

/// Runs `object` for (hint, examples, fields) and returns the components, refs and
/// diagnostics as one YAML-friendly value.
fn run(cases: Vec<(&str, Vec<Value>, Vec<FieldDoc>)>) -> Value {
    let mut reg = SchemaRegistry::new();
    let mut diags = Diagnostics::new();
    let mut refs = Vec::new();
    for (hint, examples, fields) in &cases {
        let ev = ObjectEvidence { examples: examples.iter().collect(), fields: fields.clone() };
        let r = reg.object(hint, &ev, &Pos::new("docs.md", 3), &mut diags);
        refs.push(serde_json::to_value(&r).unwrap());
    }
    let diags: Vec<String> =
        diags.into_sorted().into_iter().map(|d| format!("{} {}: {}", d.severity, d.code, d.message)).collect();
    let components = reg.into_components();
    // Every embedded example must validate against its component.
    let check = SchemaRegistry {
        components: components
            .iter()
            .map(|(k, v)| {
                let ReferenceOr::Item(s) = v else { panic!() };
                (
                    k.clone(),
                    Component {
                        schema: s.clone(),
                        key: String::new(),
                        nested: false,
                        declared: false,
                        prefixed: None,
                        presence: Presence::default(),
                    },
                )
            })
            .collect(),
        ..SchemaRegistry::default()
    };
    for (name, c) in &check.components {
        if let Some(ex) = &c.schema.schema_data.example {
            assert!(check.validates_schema(ex, &c.schema), "example of {name}");
        }
    }
    json!({"refs": refs, "components": components, "diagnostics": diags})
}

#[test]
fn merge_of_two_examples() {
    insta::assert_yaml_snapshot!(run(vec![(
        "customer",
        vec![
            json!({"id": 1, "name": "Ann", "balance": 10, "tags": []}),
            json!({"id": 2, "name": "Bob", "balance": 2.5, "vip": true, "tags": []}),
        ],
        vec![],
    )]));
}

#[test]
fn nullable_values() {
    insta::assert_yaml_snapshot!(run(vec![(
        "Invoice",
        vec![
            json!({"paid_at": null, "note": null, "total": null, "address": null}),
            json!({"paid_at": "2020-01-02T03:04:05Z", "note": null, "total": 5, "address": {"city": "Oslo"}}),
        ],
        vec![field("total", "Integer", "")],
    )]));
}

#[test]
fn nested_arrays_of_objects() {
    insta::assert_yaml_snapshot!(run(vec![(
        "order",
        vec![json!({
            "id": "a",
            "line_items": [
                {"sku": "x", "quantity": 1, "discounts": [{"code": "A", "amount": 1.5}]},
                {"sku": "y", "quantity": 2, "discounts": []}
            ],
            "matrix": [[1, 2], [3]],
            "addresses": [{"city": "Oslo"}]
        })],
        vec![],
    )]));
}

#[test]
fn table_only_fields_readonly_required_and_descriptions() {
    insta::assert_yaml_snapshot!(run(vec![(
        "product",
        vec![json!({"id": 7, "name": "Lamp"})],
        vec![
            FieldDoc { required: Some(true), ..field("name", "String", "Name of the product") },
            field("id", "Integer", "`Readonly` The identifier"),
            FieldDoc { read_only: true, ..field("created_at", "DateTime", "When it was created") },
            field("tags", "Array of strings", ""),
            field("price", "Decimal", ""),
            FieldDoc { default: Some("1".into()), ..field("per", "Integer", "Page size") },
            FieldDoc { required: Some(true), ..field("dimensions.width", "Float", "Width in cm") },
            field("dimensions.unit", "String", "\"cm\" or \"in\""),
            field("owner", "Customer", "Associated customer"),
        ],
    )]));
}

#[test]
fn bracketed_types_are_arrays() {
    let arr = |t: &str| parse_type_text(t).map(|t| (t.kind, t.items.map(|i| i.kind)));
    assert_eq!(arr("[string]"), Some((Kind::Arr, Some(Kind::Str))));
    assert_eq!(arr("[ImageObject]"), Some((Kind::Arr, Some(Kind::Obj))));
    assert_eq!(arr("[[integer]]"), Some((Kind::Arr, Some(Kind::Arr))));
    assert_eq!(arr("[]"), Some((Kind::Arr, None)));
    assert_eq!(arr("[see below]"), Some((Kind::Arr, None)));
}

#[test]
fn formats_from_values_and_tables() {
    insta::assert_yaml_snapshot!(run(vec![(
        "account",
        vec![
            json!({"id": "97436a79-0293-485e-8aad-eb629f5c9dfd", "email": "a@b.se",
                   "site": "https://x.example/a", "born": "2000-01-01",
                   "start": "2021-01-15T00:00:00.000Z", "mixed": "2020-01-01",
                   "empty": "", "ref": "not-a-uuid"}),
            json!({"id": "5287889d-c45b-4a65-9ef6-68494d4fdeb0", "email": "c@d.se",
                   "site": "https://y.example", "born": "1999-12-31",
                   "start": "2021-01-15T10:00:00+01:00", "mixed": "soon",
                   "empty": "", "ref": "abc"}),
        ],
        vec![
            field("start", "date", ""),
            field("ref", "string (uuid)", ""),
            field("due", "DateTime", ""),
            field("key", "UUID", ""),
        ],
    )]));
}

#[test]
fn enums_from_descriptions() {
    insta::assert_yaml_snapshot!(run(vec![(
        "query",
        vec![json!({"direction": "ascending", "period": "day", "kind": "other"})],
        vec![
            field("direction", "String", "\"ascending\" or \"descending\". If specified the order"),
            field("period", "String", "Options are: 'hour', 'day', 'week', 'month' or 'year'"),
            field("price_type", "String", "Options are: blank, 'simple' or 'structure'"),
            field("kind", "string", "The type, either: <ul><li>`SICK`</li><li>`PAID`</li></ul>"),
            field("status", "string", "Campaign stats (`Draft`, `Scheduled`, `Done`)"),
            FieldDoc { enum_values: vec!["minute".into(), "hour".into()], ..field("interval", "", "") },
        ],
    )]));
}

#[test]
fn dedup_of_identical_nested_objects_and_collisions() {
    insta::assert_yaml_snapshot!(run(vec![
        ("invoice", vec![json!({"line_items": [{"sku": "a", "qty": 1}], "customer": {"id": 1, "name": "A"}})], vec![],),
        ("quote", vec![json!({"line_items": [{"sku": "b", "qty": 2}], "customer": {"id": "x"}})], vec![],),
        ("invoice", vec![json!({"line_items": [{"sku": "c", "qty": 3}], "customer": {"id": 2, "name": "B"}})], vec![]),
        ("invoice", vec![json!({"number": 4})], vec![]),
    ]));
}

#[test]
fn conflicts_maps_and_empty_arrays() {
    insta::assert_yaml_snapshot!(run(vec![(
        "line",
        vec![
            json!({"id": "6107b3cc-03a8-4935-906c-20e2c33db7e0", "item_id": "100", "notes": [],
                   "ids": {"23b6445d-c846-404b-8628-acb9023d8e5cc": 2, "cdda5942-19d1-4bc8-ac1b-0324a14ba6d5": 1}}),
            json!({"id": "aff93024-a928-4da7-917a-799ea5d189ae", "item_id": 101, "notes": []}),
        ],
        vec![field("id", "Integer", "Unique primary id")],
    )]));
}

#[test]
fn inline_values() {
    let mut reg = SchemaRegistry::new();
    let s = reg.inline(&json!(["a", "b"]), "tags");
    assert_eq!(serde_json::to_value(&s).unwrap(), json!({"type": "array", "items": {"type": "string"}}));
    let s = reg.inline(&json!({"a": {"b": 1.5}}), "thing");
    assert_eq!(
        serde_json::to_value(&s).unwrap(),
        json!({"type": "object", "properties": {"a": {"type": "object", "properties": {"b": {"type": "number"}}}}})
    );
    assert!(reg.into_components().is_empty());
}

#[test]
fn type_from_text_maps_table_words() {
    let t = |s: &str| SchemaRegistry::type_from_text(s).map(|s| serde_json::to_value(s).unwrap());
    assert_eq!(t("Integer"), Some(json!({"type": "integer"})));
    assert_eq!(t("*number*"), Some(json!({"type": "number"})));
    assert_eq!(t("Bool"), Some(json!({"type": "boolean"})));
    assert_eq!(t("DateTime"), Some(json!({"type": "string", "format": "date-time"})));
    assert_eq!(t("*date*"), Some(json!({"type": "string", "format": "date"})));
    assert_eq!(t("*UUIDv4*"), Some(json!({"type": "string", "format": "uuid"})));
    assert_eq!(t("string (uuid)"), Some(json!({"type": "string", "format": "uuid"})));
    assert_eq!(t("URL"), Some(json!({"type": "string", "format": "uri"})));
    assert_eq!(t("Hash"), Some(json!({"type": "object"})));
    assert_eq!(t("*string[3]*"), Some(json!({"type": "string"})));
    assert_eq!(t("Array of strings"), Some(json!({"type": "array", "items": {"type": "string"}})));
    assert_eq!(t("*array of dates*"), Some(json!({"type": "array", "items": {"type": "string", "format": "date"}})));
    assert_eq!(t("Tax Rate Array of objects"), Some(json!({"type": "array", "items": {"type": "object"}})));
    assert_eq!(t("*LineItem[]*"), Some(json!({"type": "array", "items": {}})));
    assert_eq!(t("Array"), Some(json!({"type": "array", "items": {}})));
    assert_eq!(t("Customer"), None);
    assert_eq!(t("nil"), None);
}

#[test]
fn singular_and_component_names() {
    for (w, s) in [
        ("line_items", "line_item"),
        ("categories", "category"),
        ("addresses", "address"),
        ("statuses", "status"),
        ("purchases", "purchase"),
        ("boxes", "box"),
        ("status", "status"),
        ("data", "data"),
        ("invoiceItems", "invoiceItem"),
    ] {
        assert_eq!(singularize(w), s, "{w}");
    }
    assert_eq!(component_name("line_item"), "LineItem");
    assert_eq!(component_name("billingSettings"), "BillingSettings");
    assert_eq!(component_name("tax-rate (v2)"), "TaxRateV2");
    assert_eq!(component_name("3d model"), "Schema3dModel");
    assert_eq!(component_name("__"), "Schema");
}

#[test]
fn deterministic_output() {
    let make = || {
        run(vec![(
            "order",
            vec![json!({"b": 1, "a": {"x": [1]}, "c": [{"d": null}]})],
            vec![field("e", "Integer", "")],
        )])
    };
    assert_eq!(serde_json::to_string(&make()).unwrap(), serde_json::to_string(&make()).unwrap());
}

fn required_field(name: &str, type_text: &str, required: bool) -> FieldDoc {
    FieldDoc { required: Some(required), ..field(name, type_text, "") }
}

#[test]
fn an_example_alone_keeps_the_required_marks_a_table_states() {
    let table = vec![required_field("id", "string", true), required_field("login", "string", true)];
    let example = json!({ "id": "7", "login": "ada", "site": "https://example.com" });
    // Either order: the table's view first, or the example's.
    for cases in [
        vec![("owner", vec![], table.clone()), ("owner", vec![example.clone()], vec![])],
        vec![("owner", vec![example.clone()], vec![]), ("owner", vec![], table.clone())],
    ] {
        let out = run(cases);
        assert_eq!(out["refs"][0], out["refs"][1], "one component: {out:#}");
        let mut required: Vec<String> =
            serde_json::from_value(out["components"]["Owner"]["required"].clone()).expect("a required list");
        required.sort();
        assert_eq!(required, ["id", "login"], "{out:#}");
    }
    // A field the examples lack may be absent: its mark goes.
    let partial = json!({ "id": "7" });
    let out = run(vec![("owner", vec![], table.clone()), ("owner", vec![partial], vec![])]);
    assert_eq!(out["components"]["Owner"]["required"], json!(["id"]), "{out:#}");
    // Two tables keep only the marks both state.
    let optional = vec![required_field("id", "string", true), required_field("login", "string", false)];
    let out = run(vec![("owner", vec![], table), ("owner", vec![], optional)]);
    assert_eq!(out["components"]["Owner"]["required"], json!(["id"]), "{out:#}");
}

#[test]
fn a_response_example_alone_is_the_model_it_agrees_with() {
    let fields = vec![required_field("id", "string", true), required_field("login", "string", true)];
    let example = json!({ "id": "7", "login": "ada" });
    let mut reg = SchemaRegistry::new();
    let mut diags = Diagnostics::new();
    assert!(reg.declare("Owner", &[], &fields, &Pos::new("docs.md", 1), &mut diags));
    let ev = ObjectEvidence { examples: vec![&example], fields: vec![] };
    let pos = Pos::new("docs.md", 9);
    let response = serde_json::to_value(reg.response_object("owner", &ev, &pos, &mut diags)).expect("ref");
    assert_eq!(response, json!({ "$ref": "#/components/schemas/Owner" }));
    // An example lacking a field the model requires is not the model.
    let partial = json!({ "id": "7" });
    let ev = ObjectEvidence { examples: vec![&partial], fields: vec![] };
    let response = serde_json::to_value(reg.response_object("owner", &ev, &pos, &mut diags)).expect("ref");
    assert_ne!(response, json!({ "$ref": "#/components/schemas/Owner" }));
    let ev = ObjectEvidence { examples: vec![&example], fields: vec![] };
    // A request may send a part of the resource: its example is not the model.
    let request = serde_json::to_value(reg.object("owner", &ev, &pos, &mut diags)).expect("ref");
    assert_ne!(request, json!({ "$ref": "#/components/schemas/Owner" }));
}
