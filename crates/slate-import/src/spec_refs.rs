//! Renaming `$ref`s in place over the typed spec: every reference object (schemas, parameters,
//! bodies, responses, headers, examples, links) and every `$ref` key inside the JSON values the
//! spec carries (examples, defaults, enums, extensions), without a JSON copy of the whole spec.

use std::collections::BTreeMap;

use indexmap::IndexMap;
use oa::ReferenceOr;
use openapiv3 as oa;
use serde_json::Value;

/// Old `$ref` target -> new one.
type Renames = BTreeMap<String, String>;

/// Points every `$ref` of `spec` named in `renames` at its new target.
pub fn rename_refs(spec: &mut oa::OpenAPI, renames: &Renames) {
    let r = Walk(renames);
    r.info(&mut spec.info);
    spec.servers.iter_mut().for_each(|s| r.server(s));
    for item in spec.paths.paths.values_mut() {
        if let Some(item) = r.refer(item) {
            r.path_item(item);
        }
    }
    r.extensions(&mut spec.paths.extensions);
    if let Some(c) = spec.components.as_mut() {
        r.components(c);
    }
    for tag in &mut spec.tags {
        r.docs(&mut tag.external_docs);
        r.extensions(&mut tag.extensions);
    }
    r.docs(&mut spec.external_docs);
    r.extensions(&mut spec.extensions);
}

struct Walk<'a>(&'a Renames);

impl Walk<'_> {
    /// Renames a reference and returns the item otherwise.
    fn refer<'t, T>(&self, r: &'t mut ReferenceOr<T>) -> Option<&'t mut T> {
        match r {
            ReferenceOr::Reference { reference } => {
                if let Some(new) = self.0.get(reference.as_str()) {
                    reference.clone_from(new);
                }
                None
            }
            ReferenceOr::Item(item) => Some(item),
        }
    }

    fn value(&self, v: &mut Value) {
        rename_json_refs(v, self.0);
    }

    fn opt_value(&self, v: &mut Option<Value>) {
        if let Some(v) = v {
            self.value(v);
        }
    }

    fn extensions(&self, e: &mut IndexMap<String, Value>) {
        e.values_mut().for_each(|v| self.value(v));
    }

    fn docs(&self, d: &mut Option<oa::ExternalDocumentation>) {
        if let Some(d) = d {
            self.extensions(&mut d.extensions);
        }
    }

    fn info(&self, i: &mut oa::Info) {
        if let Some(c) = i.contact.as_mut() {
            self.extensions(&mut c.extensions);
        }
        if let Some(l) = i.license.as_mut() {
            self.extensions(&mut l.extensions);
        }
        self.extensions(&mut i.extensions);
    }

    fn server(&self, s: &mut oa::Server) {
        for v in s.variables.iter_mut().flat_map(|v| v.values_mut()) {
            self.extensions(&mut v.extensions);
        }
        self.extensions(&mut s.extensions);
    }

    fn components(&self, c: &mut oa::Components) {
        for s in c.schemas.values_mut() {
            if let Some(s) = self.refer(s) {
                self.schema(s);
            }
        }
        for r in c.responses.values_mut() {
            if let Some(r) = self.refer(r) {
                self.response(r);
            }
        }
        for p in c.parameters.values_mut() {
            if let Some(p) = self.refer(p) {
                self.parameter(p);
            }
        }
        self.examples(&mut c.examples);
        for b in c.request_bodies.values_mut() {
            if let Some(b) = self.refer(b) {
                self.request_body(b);
            }
        }
        self.headers(&mut c.headers);
        for s in c.security_schemes.values_mut() {
            if let Some(s) = self.refer(s) {
                self.security_scheme(s);
            }
        }
        self.links(&mut c.links);
        for cb in c.callbacks.values_mut() {
            if let Some(cb) = self.refer(cb) {
                cb.values_mut().for_each(|p| self.path_item(p));
            }
        }
        self.extensions(&mut c.extensions);
    }

    fn security_scheme(&self, s: &mut oa::SecurityScheme) {
        match s {
            oa::SecurityScheme::APIKey { extensions, .. }
            | oa::SecurityScheme::HTTP { extensions, .. }
            | oa::SecurityScheme::OpenIDConnect { extensions, .. } => self.extensions(extensions),
            oa::SecurityScheme::OAuth2 { flows, extensions, .. } => {
                if let Some(f) = flows.implicit.as_mut() {
                    self.extensions(&mut f.extensions);
                }
                if let Some(f) = flows.password.as_mut() {
                    self.extensions(&mut f.extensions);
                }
                if let Some(f) = flows.client_credentials.as_mut() {
                    self.extensions(&mut f.extensions);
                }
                if let Some(f) = flows.authorization_code.as_mut() {
                    self.extensions(&mut f.extensions);
                }
                self.extensions(&mut flows.extensions);
                self.extensions(extensions);
            }
        }
    }

    fn path_item(&self, p: &mut oa::PathItem) {
        for op in [
            &mut p.get,
            &mut p.put,
            &mut p.post,
            &mut p.delete,
            &mut p.options,
            &mut p.head,
            &mut p.patch,
            &mut p.trace,
        ]
        .into_iter()
        .flatten()
        {
            self.operation(op);
        }
        p.servers.iter_mut().for_each(|s| self.server(s));
        self.parameters(&mut p.parameters);
        self.extensions(&mut p.extensions);
    }

    fn operation(&self, op: &mut oa::Operation) {
        self.docs(&mut op.external_docs);
        self.parameters(&mut op.parameters);
        if let Some(b) = op.request_body.as_mut().and_then(|b| self.refer(b)) {
            self.request_body(b);
        }
        if let Some(r) = op.responses.default.as_mut().and_then(|r| self.refer(r)) {
            self.response(r);
        }
        for r in op.responses.responses.values_mut() {
            if let Some(r) = self.refer(r) {
                self.response(r);
            }
        }
        self.extensions(&mut op.responses.extensions);
        for cb in op.callbacks.values_mut() {
            cb.values_mut().for_each(|p| self.path_item(p));
        }
        op.servers.iter_mut().for_each(|s| self.server(s));
        self.extensions(&mut op.extensions);
    }

    fn parameters(&self, ps: &mut [ReferenceOr<oa::Parameter>]) {
        for p in ps {
            if let Some(p) = self.refer(p) {
                self.parameter(p);
            }
        }
    }

    fn parameter(&self, p: &mut oa::Parameter) {
        let data = match p {
            oa::Parameter::Query { parameter_data, .. }
            | oa::Parameter::Header { parameter_data, .. }
            | oa::Parameter::Path { parameter_data, .. }
            | oa::Parameter::Cookie { parameter_data, .. } => parameter_data,
        };
        self.schema_or_content(&mut data.format);
        self.opt_value(&mut data.example);
        self.examples(&mut data.examples);
        self.extensions(&mut data.extensions);
    }

    fn schema_or_content(&self, f: &mut oa::ParameterSchemaOrContent) {
        match f {
            oa::ParameterSchemaOrContent::Schema(s) => self.ref_schema(s),
            oa::ParameterSchemaOrContent::Content(c) => self.content(c),
        }
    }

    fn request_body(&self, b: &mut oa::RequestBody) {
        self.content(&mut b.content);
        self.extensions(&mut b.extensions);
    }

    fn response(&self, r: &mut oa::Response) {
        self.headers(&mut r.headers);
        self.content(&mut r.content);
        self.links(&mut r.links);
        self.extensions(&mut r.extensions);
    }

    fn headers(&self, hs: &mut IndexMap<String, ReferenceOr<oa::Header>>) {
        for h in hs.values_mut() {
            if let Some(h) = self.refer(h) {
                self.schema_or_content(&mut h.format);
                self.opt_value(&mut h.example);
                self.examples(&mut h.examples);
                self.extensions(&mut h.extensions);
            }
        }
    }

    fn links(&self, ls: &mut IndexMap<String, ReferenceOr<oa::Link>>) {
        for l in ls.values_mut() {
            if let Some(l) = self.refer(l) {
                self.opt_value(&mut l.request_body);
                l.parameters.values_mut().for_each(|v| self.value(v));
                if let Some(s) = l.server.as_mut() {
                    self.server(s);
                }
                self.extensions(&mut l.extensions);
            }
        }
    }

    fn examples(&self, es: &mut IndexMap<String, ReferenceOr<oa::Example>>) {
        for e in es.values_mut() {
            if let Some(e) = self.refer(e) {
                self.opt_value(&mut e.value);
                self.extensions(&mut e.extensions);
            }
        }
    }

    fn content(&self, c: &mut IndexMap<String, oa::MediaType>) {
        for m in c.values_mut() {
            if let Some(s) = m.schema.as_mut() {
                self.ref_schema(s);
            }
            self.opt_value(&mut m.example);
            self.examples(&mut m.examples);
            for e in m.encoding.values_mut() {
                self.headers(&mut e.headers);
                self.extensions(&mut e.extensions);
            }
            self.extensions(&mut m.extensions);
        }
    }

    fn ref_schema(&self, s: &mut ReferenceOr<oa::Schema>) {
        if let Some(s) = self.refer(s) {
            self.schema(s);
        }
    }

    fn boxed_schema(&self, s: &mut ReferenceOr<Box<oa::Schema>>) {
        if let Some(s) = self.refer(s) {
            self.schema(s);
        }
    }

    fn additional(&self, a: &mut Option<oa::AdditionalProperties>) {
        if let Some(oa::AdditionalProperties::Schema(s)) = a {
            self.ref_schema(s);
        }
    }

    fn schema(&self, s: &mut oa::Schema) {
        let d = &mut s.schema_data;
        self.docs(&mut d.external_docs);
        self.opt_value(&mut d.example);
        self.opt_value(&mut d.default);
        if let Some(disc) = d.discriminator.as_mut() {
            self.extensions(&mut disc.extensions);
        }
        self.extensions(&mut d.extensions);
        match &mut s.schema_kind {
            oa::SchemaKind::Type(oa::Type::Object(o)) => {
                o.properties.values_mut().for_each(|p| self.boxed_schema(p));
                self.additional(&mut o.additional_properties);
            }
            oa::SchemaKind::Type(oa::Type::Array(a)) => {
                if let Some(i) = a.items.as_mut() {
                    self.boxed_schema(i);
                }
            }
            oa::SchemaKind::Type(_) => {}
            oa::SchemaKind::OneOf { one_of: all }
            | oa::SchemaKind::AllOf { all_of: all }
            | oa::SchemaKind::AnyOf { any_of: all } => all.iter_mut().for_each(|s| self.ref_schema(s)),
            oa::SchemaKind::Not { not } => self.ref_schema(not),
            oa::SchemaKind::Any(a) => {
                a.properties.values_mut().for_each(|p| self.boxed_schema(p));
                self.additional(&mut a.additional_properties);
                if let Some(i) = a.items.as_mut() {
                    self.boxed_schema(i);
                }
                a.enumeration.iter_mut().for_each(|v| self.value(v));
                a.one_of
                    .iter_mut()
                    .chain(a.all_of.iter_mut())
                    .chain(a.any_of.iter_mut())
                    .for_each(|s| self.ref_schema(s));
                if let Some(n) = a.not.as_mut() {
                    self.ref_schema(n);
                }
            }
        }
    }
}

/// Renames every `$ref` key's string value inside `v`.
pub(crate) fn rename_json_refs(v: &mut Value, renames: &Renames) {
    match v {
        Value::Object(m) => {
            for (k, child) in m.iter_mut() {
                match child {
                    Value::String(s) if k == "$ref" => {
                        if let Some(new) = renames.get(s.as_str()) {
                            *s = new.clone();
                        }
                    }
                    _ => rename_json_refs(child, renames),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|i| rename_json_refs(i, renames)),
        _ => {}
    }
}
