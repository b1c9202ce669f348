//! Types of the API's schemas.
//!
//! `format: date-time`, `date`, `uuid` and similar string formats are plain `String`s.
//! A property that is optional and nullable is an `Option<Option<T>>`: `None` when
//! absent, `Some(None)` when `null`.

pub type Availability = std::collections::BTreeMap<String, AvailabilityEntry>;

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct AvailabilityEntry {
    pub reserved: i64,
    pub concept: i64,
    pub date: String,
    pub available: i64,
    pub total: i64,
    pub interval: String,
}

pub type Available = std::collections::BTreeMap<String, AvailableEntry>;

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct AvailableEntry {
    pub available: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available_stock_ids: Option<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct BookOrderRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ids: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CreateCustomerRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<Customer>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CreateOrderLineRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<Line>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CreateOrderRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<CreateOrderRequestOrder>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CreateOrderRequestOrder {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stops_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CreateProductGroupRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_group: Option<CreateProductGroupRequestProductGroup>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CreateProductGroupRequestProductGroup {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sku: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_price_in_cents: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_period: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Customer {
    /// The identifier of the customer
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// When the customer was last updated
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// When the customer was created
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legacy_id: Option<serde_json::Value>,
    /// The avatar url
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar_url: Option<String>,
    /// Whether the customer is archived
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archived: Option<bool>,
    /// `Unique` The customer's number
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<i64>,
    /// The name of the customer
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// E-mail address of the customer
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Customers phone number
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// The associated tax region.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "double_option")]
    pub tax_region_id: Option<Option<i64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount_percentage: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deposit_type: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deposit_value: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address1: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address2: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zipcode: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_count: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub turnover: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub main_address: Option<serde_json::Value>,
    /// The customer's custom properties.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub properties: Option<Vec<serde_json::Value>>,
    /// The customer's notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<Vec<Note>>,
    /// The customer's orders (?)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub orders: Option<Vec<Order>>,
    /// Total amount of customers
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<serde_json::Value>,
    /// List of tags related to customers
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_list: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub properties_attributes: Option<Vec<PropertiesAttribute>>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Employee {
    pub id: String,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ErrorBody {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<std::collections::BTreeMap<String, ErrorData>>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ErrorData {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub need: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Facets {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_list: Option<TagList>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Line {
    /// Unique primary id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// ID of the associated order
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Amount booked
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<f64>,
    /// ID of the associated order
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_id: Option<String>,
    /// Price per quantity in cents
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_each_in_cents: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<LineOrder>,
    /// Total price in cents
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_in_cents: Option<bool>,
    /// Total price with tax in cents
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_with_tax_in_cents: Option<i64>,
    /// Display price in cents, depending if prices are set to including or excluding tax
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_price_in_cents: Option<i64>,
    /// Position of the line on the order
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<String>,
    /// ID of the associated planning. May be blank if there is no planning associated
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planning_id: Option<i64>,
    /// ID of the associated tax category
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_category_id: Option<i64>,
    /// When the planning was created
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// When the planning was last updated
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct LineOrder {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_ids: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<Customer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plannings: Option<Vec<Planning>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_values: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lines: Option<Vec<Line>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub properties: Option<Vec<serde_json::Value>>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListEnvelopeMeta {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Meta {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facets: Option<Facets>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct MetaFacets {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_list: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Note {
    pub id: String,
    pub body: String,
    pub notable_type: String,
    pub notable_id: String,
    pub employee_id: String,
    pub employee: Employee,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Order {
    /// Unique primary id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `Unique` Order number
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<i64>,
    /// Shows the ammount of orders with the corresponding statuses
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// `Optional` ID of the associated customer
    #[serde(default, skip_serializing_if = "Option::is_none", with = "double_option")]
    pub customer_id: Option<Option<String>>,
    /// Start date and time of the order
    #[serde(default, skip_serializing_if = "Option::is_none", with = "double_option")]
    pub starts_at: Option<Option<String>>,
    /// Stop date and time of the order
    #[serde(default, skip_serializing_if = "Option::is_none", with = "double_option")]
    pub stops_at: Option<Option<String>>,
    /// Associated customer. See Customer
    #[serde(default, skip_serializing_if = "Option::is_none", with = "double_option")]
    pub customer: Option<Option<Customer>>,
    /// When the order was last updated
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// When the order was created
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legacy_id: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_with_tax: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grand_total: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grand_total_with_tax: Option<f64>,
    /// Price in cents without tax
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_in_cents: Option<i64>,
    /// Price in cents with tax
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_with_tax_in_cents: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grand_total_in_cents: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grand_total_with_tax_in_cents: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paid_in_cents: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deposit_paid_in_cents: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount_percentage: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount_in_cents: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount_with_tax_in_cents: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deposit_in_cents: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deposit_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deposit_value: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_region_id: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_count: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entirely_started: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entirely_stopped: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_ids: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stock_item_ids: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_count: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_as_decimal: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_with_tax_as_decimal: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grand_total_as_decimal: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grand_total_with_tax_as_decimal: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paid_as_decimal: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deposit_paid_as_decimal: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount_as_decimal: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount_with_tax_as_decimal: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deposit_as_decimal: Option<i64>,
    /// Associated planning. See Planning
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plannings: Option<Vec<serde_json::Value>>,
    /// Associated notes. See Note
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<Vec<serde_json::Value>>,
    /// Associated tax values. See TaxValue
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_values: Option<Vec<serde_json::Value>>,
    /// Associated order lines. See OrderLine
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lines: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub properties: Option<Vec<serde_json::Value>>,
    /// Total amount of orders
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<serde_json::Value>,
    /// List of tags and ammount of orders tagged
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_list: Option<serde_json::Value>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Order2 {
    /// Unique primary id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Status of the order
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Start date and time of the order
    #[serde(default, skip_serializing_if = "Option::is_none", with = "double_option")]
    pub starts_at: Option<Option<String>>,
    /// Stop date and time of the order
    #[serde(default, skip_serializing_if = "Option::is_none", with = "double_option")]
    pub stops_at: Option<Option<String>>,
    /// When the order was last updated
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// When the order was created
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legacy_id: Option<serde_json::Value>,
    /// `Unique` Order number
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_with_tax: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grand_total: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grand_total_with_tax: Option<f64>,
    /// Price in cents without tax
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_in_cents: Option<i64>,
    /// Price in cents with tax
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_with_tax_in_cents: Option<i64>,
    /// `Optional` ID of the associated customer
    #[serde(default, skip_serializing_if = "Option::is_none", with = "double_option")]
    pub customer_id: Option<Option<i64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grand_total_in_cents: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grand_total_with_tax_in_cents: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paid_in_cents: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deposit_paid_in_cents: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount_percentage: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount_in_cents: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount_with_tax_in_cents: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deposit_in_cents: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deposit_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deposit_value: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_region_id: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_count: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entirely_started: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entirely_stopped: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_ids: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stock_item_ids: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_count: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_as_decimal: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_with_tax_as_decimal: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grand_total_as_decimal: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grand_total_with_tax_as_decimal: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paid_as_decimal: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deposit_paid_as_decimal: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount_as_decimal: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount_with_tax_as_decimal: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deposit_as_decimal: Option<i64>,
    /// Associated planning. See Planning
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plannings: Option<Vec<serde_json::Value>>,
    /// Associated notes. See Note
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<Vec<serde_json::Value>>,
    /// Associated tax values. See TaxValue
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_values: Option<Vec<serde_json::Value>>,
    /// Associated order lines. See OrderLine
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lines: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub properties: Option<Vec<serde_json::Value>>,
    /// Associated customer. See Customer
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<serde_json::Value>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct OrderListEnvelopeMeta {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<OrderListEnvelopeMetaMeta>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct OrderListEnvelopeMetaMeta {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_item_count: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facets: Option<MetaFacets>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Planning {
    /// Unique primary id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stock_item_plannings: Option<Vec<serde_json::Value>>,
    /// ID of the associated order
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_id: Option<i64>,
    /// ID of the associated product
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_id: Option<i64>,
    /// Amount booked
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<i64>,
    /// Price per quantity in cents
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_each_in_cents: Option<i64>,
    /// Whether the planning is reserved
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reserved: Option<bool>,
    /// Number of stock started
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started: Option<i64>,
    /// Number of stock stopped
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stopped: Option<i64>,
    /// Label of the price charge
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charge_label: Option<String>,
    /// Length of the price charge in seconds
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charge_length: Option<i64>,
    /// When the planning was created
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// When the planning was last updated
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Price {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_structures: Option<Vec<PriceStructure>>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PriceStructure {
    pub id: serde_json::Value,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legacy_id: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tiles: Option<Vec<Tile>>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Product {
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_group_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stock_items: Option<Vec<StockItem>>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ProductGroup {
    /// The identifier of the product group
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the product group
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// When the product group was last updated
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// When the product group was created
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legacy_id: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// SKU of the product group. Only applies when the product group has no variations
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sku: Option<String>,
    /// Lag time in seconds
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lag_time: Option<i64>,
    /// Lead time in seconds
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead_time: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub always_available: Option<bool>,
    /// Whether the product group has trackable (unique) stock
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trackable: Option<bool>,
    /// Whether the product group is archived
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archived: Option<bool>,
    /// When the product group was archived
    #[serde(default, skip_serializing_if = "Option::is_none", with = "double_option")]
    pub archived_at: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_information: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search_highlight: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub photo_url: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_in_store: Option<bool>,
    /// Base price in cents. This is used for price calculation
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_price_in_cents: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_wrapper_id: Option<serde_json::Value>,
    /// Price setting. Options are: blank, 'simple' or 'structure'
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_type: Option<String>,
    /// Only applies when `price_type` is set to simple. Options are: 'hour', 'day', 'week', 'month' or 'year'
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_period: Option<ProductGroupPricePeriod>,
    /// ID of the associated tax category
    #[serde(default, skip_serializing_if = "Option::is_none", with = "double_option")]
    pub tax_category_id: Option<Option<i64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flat_fee_price_in_cents: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub structure_price_in_cents: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deposit_in_cents: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub products_count: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stock_count: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_variations: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variation_fields: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stock_item_properties: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_price_as_decimal: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flat_fee_price_as_decimal: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub structure_price_as_decimal: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deposit_as_decimal: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub products: Option<Vec<Product>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub properties: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<Vec<serde_json::Value>>,
    /// Total amount of product groups
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<serde_json::Value>,
    /// List of tags and ammount of products tagged
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag_list: Option<serde_json::Value>,
    /// Info about what kind of tracking mechanism product groups are using and how many are available
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<serde_json::Value>,
    /// ID of the associated price structure
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_id: Option<i64>,
    /// Amount of stock
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<i64>,
    /// Only applies when the product is a variation. Example: `['128GB', 'Spacegray']`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variation_values: Option<Vec<serde_json::Value>>,
}

/// Only applies when `price_type` is set to simple. Options are: 'hour', 'day', 'week', 'month' or 'year'
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize
)]
#[serde(rename_all = "snake_case")]
pub enum ProductGroupPricePeriod {
    Hour,
    Day,
    Week,
    Month,
    Year,
    /// A value this client does not know (added to the API after generation).
    #[serde(other)]
    Unknown,
}

impl ProductGroupPricePeriod {
    /// The value as sent on the wire (`None` for the unknown fallback).
    pub fn as_str(&self) -> Option<&'static str> {
        match self {
            Self::Hour => Some("hour"),
            Self::Day => Some("day"),
            Self::Week => Some("week"),
            Self::Month => Some("month"),
            Self::Year => Some("year"),
            Self::Unknown => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PropertiesAttribute {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address1: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address2: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zipcode: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ReserveOrderError {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<ErrorBody>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct StartOrderRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ids: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Status {
    #[serde(rename = "_type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub missing: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms: Option<Vec<Term>>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct StockItem {
    pub id: String,
    pub identifier: String,
    pub item_id: String,
    pub status: String,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct StopOrderRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ids: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct TagList {
    #[serde(rename = "_type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub missing: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms: Option<Vec<serde_json::Value>>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Term {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub term: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Tile {
    pub id: serde_json::Value,
    pub updated_at: serde_json::Value,
    pub created_at: serde_json::Value,
    pub name: serde_json::Value,
    pub length: i64,
    pub multiplier: String,
    pub quantity: String,
    pub period: String,
    pub price_in_cents: i64,
    pub price_id: serde_json::Value,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateCustomerPatchRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<Customer>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateCustomerRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<Customer>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateOrderLinePatchRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<Line>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateOrderLineRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<Line>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateOrderPatchRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<Order>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateOrderRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<Order>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateProductGroupPatchRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_group: Option<ProductGroup>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateProductGroupRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_group: Option<ProductGroup>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListCustomersResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    pub customers: Vec<Customer>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateCustomerResponse {
    pub customer: Customer,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetCustomerResponse {
    pub customer: Customer,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateCustomerResponse {
    pub customer: Customer,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateCustomerPatchResponse {
    pub customer: Customer,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ArchiveCustomerResponse {
    pub customer: Customer,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RestoreCustomerResponse {
    pub customer: Customer,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListProductGroupsResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    pub product_groups: Vec<ProductGroup>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateProductGroupResponse {
    pub product_group: ProductGroup,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetProductGroupResponse {
    pub product_group: ProductGroup,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateProductGroupResponse {
    pub product_group: ProductGroup,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListOrdersResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<OrderListEnvelopeMetaMeta>,
    pub orders: Vec<Order>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateOrderResponse {
    pub order: Order2,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetOrderResponse {
    pub order: Order2,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UpdateOrderResponse {
    pub order: Order2,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateOrderConceptResponse {
    pub order: Order2,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReserveOrderResponse {
    pub order: Order2,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct StartOrderResponse {
    pub order: Order,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct StopOrderResponse {
    pub order: Order,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CancelOrderResponse {
    pub order: Order,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RevertOrderResponse {
    pub order: Order2,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct DuplicateOrderResponse {
    pub order: Order2,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateOrderLineResponse {
    pub line: Line,
}

/// Serde helpers for `Option<Option<T>>` fields (optional and nullable): absent is
/// `None`, `null` is `Some(None)`.
mod double_option {
    pub fn serialize<T: serde::Serialize, S: serde::Serializer>(
        value: &Option<Option<T>>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match value {
            Some(inner) => serde::Serialize::serialize(inner, serializer),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, T: serde::Deserialize<'de>, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Option<T>>, D::Error> {
        <Option<T> as serde::Deserialize>::deserialize(deserializer).map(Some)
    }
}
