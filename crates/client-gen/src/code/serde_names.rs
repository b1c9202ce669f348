//! One `#[serde(rename_all = ..)]` on a struct or enum in place of a `#[serde(rename = ..)]` on
//! each member, where serde's own case rule spells most members' wire names. Members the rule
//! does not spell keep their explicit `rename` (serde lets it override `rename_all`).

/// serde's case rules, by the name `rename_all` takes; the first of equally good rules is taken
/// (`snake_case` reads best for one-word values).
const RULES: &[&str] =
    &["snake_case", "camelCase", "PascalCase", "SCREAMING_SNAKE_CASE", "kebab-case", "lowercase", "UPPERCASE"];

/// What serde's `rule` makes of the field `name` (serde_derive's `RenameRule::apply_to_field`).
fn field_case(rule: &str, name: &str) -> String {
    let pascal = || {
        let mut out = String::new();
        let mut capitalize = true;
        for ch in name.chars() {
            if ch == '_' {
                capitalize = true;
            } else if capitalize {
                out.push(ch.to_ascii_uppercase());
                capitalize = false;
            } else {
                out.push(ch);
            }
        }
        out
    };
    match rule {
        "camelCase" => {
            let p = pascal();
            match p.chars().next() {
                Some(first) => format!("{}{}", first.to_ascii_lowercase(), &p[first.len_utf8()..]),
                None => p,
            }
        }
        "PascalCase" => pascal(),
        "SCREAMING_SNAKE_CASE" | "UPPERCASE" => name.to_ascii_uppercase(),
        "kebab-case" => name.replace('_', "-"),
        _ => name.to_string(),
    }
}

/// What serde's `rule` makes of the variant `name` (serde_derive's
/// `RenameRule::apply_to_variant`).
fn variant_case(rule: &str, name: &str) -> String {
    let snake = || {
        let mut out = String::new();
        for (i, ch) in name.char_indices() {
            if i > 0 && ch.is_uppercase() {
                out.push('_');
            }
            out.push(ch.to_ascii_lowercase());
        }
        out
    };
    match rule {
        "camelCase" => match name.chars().next() {
            Some(first) => format!("{}{}", first.to_ascii_lowercase(), &name[first.len_utf8()..]),
            None => String::new(),
        },
        "snake_case" => snake(),
        "SCREAMING_SNAKE_CASE" => snake().to_ascii_uppercase(),
        "kebab-case" => snake().replace('_', "-"),
        "lowercase" => name.to_ascii_lowercase(),
        "UPPERCASE" => name.to_ascii_uppercase(),
        _ => name.to_string(),
    }
}

/// The rule to put on the container, and which members (by index) still need their own
/// `rename`: the rule that leaves the fewest explicit renames, when it saves lines over one
/// `rename` per member whose Rust name is not its wire name (the `rename_all` line counts).
/// Members are (Rust name without `r#`, wire name); a non-ASCII name always keeps its own
/// `rename` (serde slices the first byte).
fn choose(members: &[(&str, &str)], case: fn(&str, &str) -> String) -> (Option<&'static str>, Vec<bool>) {
    let plain: Vec<bool> = members.iter().map(|(name, wire)| name != wire).collect();
    let mut best = (None, plain.iter().filter(|d| **d).count(), plain);
    for rule in RULES {
        let explicit: Vec<bool> =
            members.iter().map(|(name, wire)| !name.is_ascii() || case(rule, name) != *wire).collect();
        let cost = 1 + explicit.iter().filter(|d| **d).count();
        if cost < best.1 {
            best = (Some(*rule), cost, explicit);
        }
    }
    (best.0, best.2)
}

/// [`choose`] for the fields of a struct.
pub fn fields(members: &[(&str, &str)]) -> (Option<&'static str>, Vec<bool>) {
    choose(members, field_case)
}

/// [`choose`] for the variants of an enum.
pub fn variants(members: &[(&str, &str)]) -> (Option<&'static str>, Vec<bool>) {
    choose(members, variant_case)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn camel_case_fields_need_one_rule_and_odd_ones_keep_their_rename() {
        let members = [
            ("zip_code", "zipCode"),
            ("is_rot_customer", "isROTCustomer"),
            ("invoice_email", "invoiceEmail"),
            ("city", "city"),
        ];
        let (rule, explicit) = fields(&members);
        assert_eq!(rule, Some("camelCase"));
        assert_eq!(explicit, vec![false, true, false, false]);
    }

    #[test]
    fn one_renamed_field_keeps_its_own_rename() {
        let (rule, explicit) = fields(&[("zip_code", "zipCode"), ("city", "city")]);
        assert_eq!(rule, None);
        assert_eq!(explicit, vec![true, false]);
    }

    #[test]
    fn variant_rules_follow_serde() {
        let members = [("InProgress", "in_progress"), ("Done", "done"), ("Cancelled", "CANCELLED")];
        let (rule, explicit) = variants(&members);
        assert_eq!(rule, Some("snake_case"));
        assert_eq!(explicit, vec![false, false, true]);
        assert_eq!(variant_case("SCREAMING_SNAKE_CASE", "InProgress"), "IN_PROGRESS");
        assert_eq!(variant_case("kebab-case", "InProgress"), "in-progress");
        assert_eq!(field_case("camelCase", "a_b_c"), "aBC");
        assert_eq!(field_case("PascalCase", "type"), "Type");
    }
}
