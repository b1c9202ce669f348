//! Types of the API's schemas.
//!
//! `format: date-time`, `date`, `uuid` and similar string formats are plain `String`s.
//! A property that is optional and nullable is an `Option<Option<T>>`: `None` when
//! absent, `Some(None)` when `null`.

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Account {
    pub id: String,
    pub number: String,
    pub name: String,
    pub status: String,
    pub total_balance: f64,
    pub currency: String,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Address {
    pub r#type: String,
    pub country: String,
    pub postal_code: String,
    pub line1: String,
    pub line2: String,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct App {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub status: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recurring: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct BankAccount {
    /// The date when the bank accounts were recorded
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance_date: Option<String>,
    /// Array of accounts
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accounts: Option<Vec<Account>>,
    /// The unique identifier for the account in the platform
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Account number for the bank account
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// Name of the bank account in the platform
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Status of the bank account
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The total balance of the bank account as of `balance_date`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_balance: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Bill {
    /// Total outstanding bill amount
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_outstanding_amount: Option<f64>,
    /// Currency rate between the currency of the bill and the base currency of the business
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_rate: Option<f64>,
    /// Date on which the bill was issued
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_date: Option<String>,
    /// Date on which the bill is due
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_due_date: Option<String>,
    /// Status of the bill (Paid, Unpaid)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_status: Option<String>,
    /// Unique identifier of the bill on OSP's end
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_reference: Option<String>,
    /// Unique reference related to the transaction
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub related_reference: Option<String>,
    /// Unique identifier for the third party
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub party_identifier: Option<String>,
    /// Currency in which the bill was issued
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_currency: Option<String>,
    /// Total bill amount
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_gross_value: Option<f64>,
    /// Bill subtotal
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_net_value: Option<f64>,
    /// An array of line items as defined below
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line_items: Option<Vec<LineItem>>,
    /// Total applied tax amount
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_amount: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct BillListEnvelopeMeta {
    /// The ID of the connection
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection_id: Option<String>,
    /// The ID of the company owning the connection
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// Always `bills` for bills
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub datasource: Option<String>,
    /// The name of the app provider
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub osp: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The time and date when this record was last updated
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
    /// Whether this data is pulled daily or monthly
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cycle: Option<String>,
    /// The ISO4217 code for the currency for this bill
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Card {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_data: Option<Vec<CardData>>,
    /// Account number associated with the card retrieved from the extraction
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_number: Option<String>,
    /// The spending limit on the account
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_spend_limit: Option<String>,
    /// Unique ID for the cardholder
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_holder_id: Option<String>,
    /// Cardholder's first name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cardholder_first_name: Option<String>,
    /// Cardholder's last name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cardholder_last_name: Option<String>,
    /// Company ID associated to the card
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_id: Option<String>,
    /// Date when the account associated to the card was open
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_open_date: Option<String>,
    /// Date when the account associated to the card was closed
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_close_date: Option<String>,
    /// Card expiry date
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_expiry_date: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CardData {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_spend_limit: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_holder_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cardholder_first_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cardholder_last_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_open_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_close_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_expiry_date: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Company {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Connection {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub osp: Option<String>,
    pub status: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorize_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Contact {
    /// The contact type, either: <ul><li>`CUSTOMER`</li><li>`SUPPLIER`</li><li>`OTHER`</li></ul>
    pub r#type: ContactType,
    /// The unique identifier for the contact in the platform
    pub id: String,
    /// Email address of the contact
    pub email: String,
    /// Name of the contact
    pub name: String,
    /// Phone number of the contact
    pub phone: String,
    /// Array of addresses for the contact
    pub addresses: Vec<Address>,
    /// Country of the contact address
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<Vec<serde_json::Value>>,
    /// Postal code for the contact address
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<Vec<serde_json::Value>>,
    /// Line 1 of the contact address
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line1: Option<Vec<serde_json::Value>>,
    /// Line 2 of the contact address
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line2: Option<Vec<serde_json::Value>>,
}

/// The contact type, either: <ul><li>`CUSTOMER`</li><li>`SUPPLIER`</li><li>`OTHER`</li></ul>
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
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum ContactType {
    Customer,
    Supplier,
    Other,
    /// A value this client does not know (added to the API after generation).
    #[serde(other)]
    Unknown,
}

impl ContactType {
    /// The value as sent on the wire (`None` for the unknown fallback).
    pub fn as_str(&self) -> Option<&'static str> {
        match self {
            Self::Customer => Some("CUSTOMER"),
            Self::Supplier => Some("SUPPLIER"),
            Self::Other => Some("OTHER"),
            Self::Unknown => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CreateCompanyConnectionRequest {
    /// The name of the app to connect
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CreateCompanyRequest {
    /// The name of the Company to create
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct EmailMarketing {
    /// Campaign ID (App-wide unique ID)
    pub id: String,
    /// ID used for web links
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web_id: Option<String>,
    /// Campaign creation date
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    /// Campaign stats (`Draft`, `Scheduled`, `Executing`, `Done`, `Error`, `Removed`)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Campaign name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Campaign type (`Newsletter`, `Ratings and Reviews`, `Announcement`, `Business Letter`)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// ID of recipient list
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct EnvelopeMeta {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ErrorBody {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Invoice {
    /// Currency rate between the currency of the invoice and the base currency of the business
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_rate: Option<f64>,
    /// Total invoice amount
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_gross_value: Option<f64>,
    /// invoice subtotal
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_net_value: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_tax_value: Option<f64>,
    /// Date on which the invoice was issued
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_date: Option<String>,
    /// Date on which the invoice is due
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_due_date: Option<String>,
    /// Unique identifier of the invoice on OSP's end
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_reference: Option<String>,
    /// Currency in which the invoice was issued
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_currency: Option<String>,
    /// Status of the invoice (Paid, Unpaid)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_status: Option<String>,
    /// An array of line items as defined below
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line_items: Option<Vec<LineItem>>,
    /// Total outstanding invoice amount
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_outstanding_amount: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct InvoiceListEnvelopeMeta {
    /// The ID of the connection
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection_id: Option<String>,
    /// The ID of the company owning the connection
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// Always `invoices` for invoices
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub datasource: Option<String>,
    /// The name of the app provider
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub osp: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The time and date when this record was last updated
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
    /// Whether this data is pulled daily or monthly
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cycle: Option<String>,
    /// The ISO4217 code for the currency for this invoice
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Leave {
    /// Unique identifier of the leave request in the platform
    pub id: String,
    /// The leave type, either: <ul><li>`SICK`</li><li>`PAID`</li><li>`UNPAID`</li><li>`OTHER`</li></ul>
    pub r#type: LeaveType,
    /// The leave status, either: <ul><li>`PENDING`</li><li>`DECLINED`</li><li>`APPROVED`</li><li>`OTHER`</li></ul>
    pub status: LeaveStatus,
    /// Start date of the leave request
    pub start_date: String,
    /// End date of the leave request
    pub end_date: String,
    /// URL to the leave application in the platform
    pub application_url: String,
    /// Unique identifer of the employee who applied for the leave
    pub employee_id: String,
    /// Name of the employee who applied for the leave
    pub employee_name: String,
    /// Dates of the leave request
    pub dates: Vec<String>,
}

/// The leave type, either: <ul><li>`SICK`</li><li>`PAID`</li><li>`UNPAID`</li><li>`OTHER`</li></ul>
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
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum LeaveType {
    Sick,
    Paid,
    Unpaid,
    Other,
    /// A value this client does not know (added to the API after generation).
    #[serde(other)]
    Unknown,
}

impl LeaveType {
    /// The value as sent on the wire (`None` for the unknown fallback).
    pub fn as_str(&self) -> Option<&'static str> {
        match self {
            Self::Sick => Some("SICK"),
            Self::Paid => Some("PAID"),
            Self::Unpaid => Some("UNPAID"),
            Self::Other => Some("OTHER"),
            Self::Unknown => None,
        }
    }
}

/// The leave status, either: <ul><li>`PENDING`</li><li>`DECLINED`</li><li>`APPROVED`</li><li>`OTHER`</li></ul>
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
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum LeaveStatus {
    Pending,
    Declined,
    Approved,
    Other,
    /// A value this client does not know (added to the API after generation).
    #[serde(other)]
    Unknown,
}

impl LeaveStatus {
    /// The value as sent on the wire (`None` for the unknown fallback).
    pub fn as_str(&self) -> Option<&'static str> {
        match self {
            Self::Pending => Some("PENDING"),
            Self::Declined => Some("DECLINED"),
            Self::Approved => Some("APPROVED"),
            Self::Other => Some("OTHER"),
            Self::Unknown => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct LineItem {
    /// Name of the product or service being sold
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    /// Unique identifier of the line item on 9Spokes' end
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system_id: Option<String>,
    /// Unique identifier of the line item on the app's end
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_identifier: Option<String>,
    /// Account category under which the transaction item was originally listed
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_category: Option<String>,
    /// 'bill' when the osp is an accouting app and 'good-service' when the osp is a point of sale app
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_type: Option<String>,
    /// Net sale value per item
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_net_unit_sale_value: Option<f64>,
    /// Net discount value per item
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_net_unit_discount_value: Option<f64>,
    /// Tax value per item
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_unit_tax_value: Option<f64>,
    /// Reference to any pre-set discounting based upon specific price lists (specials, happy hour, etc.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_price_list_reference: Option<String>,
    /// Total gross value of the item (before tax)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_total_gross_value: Option<f64>,
    /// Net value of the item (after tax)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_total_net_value: Option<f64>,
    /// Total tax value applied to the item
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_total_tax_value: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_quantity: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Organization {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PayRunSummary {
    /// Recurring period over which employee time is recorded and paid <ul><li>`Weekly`</li><li>`Bi-weekly`</li><li>`Quarterly`</li><li>`Monthly`</li><li>`Semi-monthly`</li></ul>
    pub pay_period: String,
    /// Start date of the pay period
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    /// End date of the pay period
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
    /// Total number of work hours recorded for that period
    pub hours: f64,
    /// The amount of money paid to employees for that period
    pub gross_pay: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Product {
    /// The specific product name retrieved
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    /// Specific ID related to the product
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_id: Option<String>,
    /// Specific group related to the product
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_group: Option<String>,
    /// Specific variant related to the product
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_variant: Option<Vec<String>>,
    /// Specific handle related to the product
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_handle: Option<String>,
    /// SKU of the product
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_sku: Option<String>,
    /// Original creation time of the product in the app
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// Last modified time of the product in the app
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// Time of deletion of the product, if removed from the app
    #[serde(default, skip_serializing_if = "Option::is_none", with = "double_option")]
    pub deleted_at: Option<Option<String>>,
    /// The unit cost of the product
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_cost: Option<f64>,
    /// The unit net price of the product
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_net_price: Option<f64>,
    /// The unit gross price of the product
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_gross_price: Option<f64>,
    /// If the product has stock values, the inventory is tracked
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inventory_product: Option<bool>,
    /// The units of product available for sale
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inventory_product_quantity: Option<f64>,
    /// The total cost value of the product (product cost x quantity)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_cost_value: Option<f64>,
    /// The total sale value of the product (product net price x quantity)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_sale_value: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ProductEnvelopeMeta {
    /// User's ID of the company that the transaction belongs to
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// The company ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// The datasource name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub datasource: Option<String>,
    /// ID used to retrieve the origin data
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection_id: Option<String>,
    /// Retrieves a specific type of data schema
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_class: Option<String>,
    /// Used to categorize the document
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_category: Option<String>,
    /// Associated time element of the metric
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_type: Option<String>,
    /// The 9Spokes categorization of data origin business applications (and other data producing services)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_origin_category: Option<String>,
    /// Specific origin type related to the origin category
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_origin_type: Option<String>,
    /// Name of the application which matches the app-key in the connection records
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_origin: Option<String>,
    /// Creation time of the document
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_creation_date: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct RedirectUrl {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SocialMarketing {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<SocialMarketingData>>,
    /// Number of user views that resulted in an action
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub views_to_actions: Option<f64>,
    /// Number of page fans
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_fans: Option<f64>,
    /// Number of page followers
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_followers: Option<f64>,
    /// Number of overall impressions
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overall_impressions: Option<f64>,
    /// Number of engagements overall
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub engagement_overviews: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SocialMarketingData {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub views_to_actions: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_fans: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_followers: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overall_impressions: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub engagement_overviews: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct StaffWage {
    /// Types of employment <ul><li>`FULL-TIME`</li><li>`PART-TIME`</li><li>`CONTRACTOR`</li><li>`INTERN`</li><li>`OTHER`</li></ul>
    pub employment_type: String,
    /// The amount of money paid
    pub gross_pay: f64,
    /// Payment date
    pub date: String,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct StockItem {
    /// Specific item ID of the product
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_id: Option<String>,
    /// The specific stock item name related to the product
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_name: Option<String>,
    /// The item has stock values
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// The units of stock items available for sale
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_quantity: Option<f64>,
    /// The unit cost of the stock item
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_cost_price: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_sale_price: Option<i64>,
    /// The item sale price includes tax
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_sale_price_includes_tax: Option<bool>,
    /// The tax rate ID of the stock item
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_rate_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct StockItemListEnvelopeMeta {
    /// User's ID of the company that this transaction belongs to
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// The company ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// The datasource name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub datasource: Option<String>,
    /// ID used to retrieve the origin data
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection_id: Option<String>,
    /// Retrieves a specific type of data schema
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_class: Option<String>,
    /// Used to categorise the document
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_category: Option<String>,
    /// Associated time element of the metric
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_type: Option<String>,
    /// The 9Spokes categorization of data origin business applications (and other data producing services)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_origin_category: Option<String>,
    /// Specific origin type related to the origin category
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_origin_type: Option<String>,
    /// Name of the application which matches the app-key in the connection records
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_origin: Option<String>,
    /// Creation time of document
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_creation_date: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct SuccessResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<std::collections::BTreeMap<String, serde_json::Value>>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct TaxRate {
    /// Tax ID
    pub tax_id: String,
    /// Tax name
    pub tax_name: String,
    /// The value of the tax
    pub tax_rate: f64,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct TaxRateListEnvelopeMeta {
    /// ID used to retrieve the origin data
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection_id: Option<String>,
    /// User's ID of the company that the transaction belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// The company ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cycle: Option<String>,
    /// tax-rates
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub datasource: Option<String>,
    /// The 9Spokes categorization of data origin business applications (and other data producing services)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_origin_category: Option<String>,
    /// Specific type of origin related to the origin category
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_origin_type: Option<String>,
    /// Name of the application which matches the app-key in the connection records
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_origin: Option<String>,
    /// Creation time of document
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_creation_date: Option<String>,
    /// Retrieves a specific type of data schema
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_class: Option<String>,
    /// Associated time element of the metric
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_type: Option<String>,
    /// Used to categorize the document
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_category: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct TrialBalance {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accounts: Option<Vec<TrialBalanceAccount>>,
    /// Account ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_identifier: Option<String>,
    /// Account name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_name: Option<String>,
    /// The chart of account codes
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_code: Option<String>,
    /// The account type (`bank`, `current`, `equity`, `fixed`, `overheads`, `payroll`, `sales`, `tax`, `term`)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_type: Option<TrialBalanceAccountType>,
    /// The account category (`assets`, `equity`, `expense`, `liability`, `revenue`)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_category: Option<TrialBalanceAccountCategory>,
    /// Currency of the account
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_currency: Option<String>,
    /// Whether the account is active or not
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Debit/Credit
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_type: Option<String>,
    /// The value of the account
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_value: Option<f64>,
}

/// The account type (`bank`, `current`, `equity`, `fixed`, `overheads`, `payroll`, `sales`, `tax`, `term`)
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
pub enum TrialBalanceAccountType {
    Bank,
    Current,
    Equity,
    Fixed,
    Overheads,
    Payroll,
    Sales,
    Tax,
    Term,
    /// A value this client does not know (added to the API after generation).
    #[serde(other)]
    Unknown,
}

impl TrialBalanceAccountType {
    /// The value as sent on the wire (`None` for the unknown fallback).
    pub fn as_str(&self) -> Option<&'static str> {
        match self {
            Self::Bank => Some("bank"),
            Self::Current => Some("current"),
            Self::Equity => Some("equity"),
            Self::Fixed => Some("fixed"),
            Self::Overheads => Some("overheads"),
            Self::Payroll => Some("payroll"),
            Self::Sales => Some("sales"),
            Self::Tax => Some("tax"),
            Self::Term => Some("term"),
            Self::Unknown => None,
        }
    }
}

/// The account category (`assets`, `equity`, `expense`, `liability`, `revenue`)
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
pub enum TrialBalanceAccountCategory {
    Assets,
    Equity,
    Expense,
    Liability,
    Revenue,
    /// A value this client does not know (added to the API after generation).
    #[serde(other)]
    Unknown,
}

impl TrialBalanceAccountCategory {
    /// The value as sent on the wire (`None` for the unknown fallback).
    pub fn as_str(&self) -> Option<&'static str> {
        match self {
            Self::Assets => Some("assets"),
            Self::Equity => Some("equity"),
            Self::Expense => Some("expense"),
            Self::Liability => Some("liability"),
            Self::Revenue => Some("revenue"),
            Self::Unknown => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct TrialBalanceAccount {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_currency: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_category: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_value: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_identifier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_code: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateOrganizationAppRequest {
    /// The OAuth2 client ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// The OAuth2 client secret
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    /// Whether to continuously pull data for this connection or not, defaults to `false`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recurring: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateOrganizationRedirectUrlRequest {
    /// The URL where users are sent after a consent flow
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WebAnalytic {
    /// Total revenue generated by an ad for the given time duration
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ads_revenue: Option<String>,
    /// Percentage of single-page sessions out of the total sessions on a site
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bounce_rate: Option<String>,
    /// Percentage of the number of exists out of the number of page views for a page
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exit_rate: Option<String>,
    /// Time spent by the users on a page, averaged over the given time duration
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avg_time_on_page: Option<String>,
    /// Total number of views on a page over the given time duration
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_page_view: Option<String>,
    /// Advertisement source
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_of_visitor: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetOrganizationRedirectUrlResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    pub details: RedirectUrl,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListOrganizationAppsResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    pub details: Vec<App>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListCompaniesResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    pub details: Vec<Company>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateCompanyResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    pub details: Company,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetCompanyResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    pub details: Company,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListCompanyConnectionsResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    pub details: Vec<Connection>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateCompanyConnectionResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    pub details: Connection,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetCompanyConnectionResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    pub details: Connection,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListCompanyConnectionBillsResponse {
    /// The ID of the connection
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection_id: Option<String>,
    /// The ID of the company owning the connection
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// Always `bills` for bills
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub datasource: Option<String>,
    /// The name of the app provider
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub osp: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The time and date when this record was last updated
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
    /// Whether this data is pulled daily or monthly
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cycle: Option<String>,
    /// The ISO4217 code for the currency for this bill
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    pub data: Vec<Bill>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListCompanyConnectionInvoicesResponse {
    /// The ID of the connection
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection_id: Option<String>,
    /// The ID of the company owning the connection
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// Always `invoices` for invoices
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub datasource: Option<String>,
    /// The name of the app provider
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub osp: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The time and date when this record was last updated
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
    /// Whether this data is pulled daily or monthly
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cycle: Option<String>,
    /// The ISO4217 code for the currency for this invoice
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    pub data: Vec<Invoice>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListCompanyConnectionContactsResponse {
    pub contacts: Vec<Contact>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListCompanyConnectionTaxRatesResponse {
    /// ID used to retrieve the origin data
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection_id: Option<String>,
    /// User's ID of the company that the transaction belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// The company ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cycle: Option<String>,
    /// tax-rates
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub datasource: Option<String>,
    /// The 9Spokes categorization of data origin business applications (and other data producing services)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_origin_category: Option<String>,
    /// Specific type of origin related to the origin category
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_origin_type: Option<String>,
    /// Name of the application which matches the app-key in the connection records
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_origin: Option<String>,
    /// Creation time of document
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_creation_date: Option<String>,
    /// Retrieves a specific type of data schema
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_class: Option<String>,
    /// Associated time element of the metric
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_type: Option<String>,
    /// Used to categorize the document
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_category: Option<String>,
    pub data: Vec<TaxRate>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListCompanyConnectionLeavesResponse {
    pub leaves: Vec<Leave>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct GetCompanyConnectionPayRunSummaryResponse {
    pub pay_run_summary: Vec<PayRunSummary>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListCompanyConnectionStaffWagesResponse {
    pub staff_wages: Vec<StaffWage>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListCompanyConnectionProductsResponse {
    /// User's ID of the company that the transaction belongs to
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// The company ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// The datasource name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub datasource: Option<String>,
    /// ID used to retrieve the origin data
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection_id: Option<String>,
    /// Retrieves a specific type of data schema
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_class: Option<String>,
    /// Used to categorize the document
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_category: Option<String>,
    /// Associated time element of the metric
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_type: Option<String>,
    /// The 9Spokes categorization of data origin business applications (and other data producing services)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_origin_category: Option<String>,
    /// Specific origin type related to the origin category
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_origin_type: Option<String>,
    /// Name of the application which matches the app-key in the connection records
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_origin: Option<String>,
    /// Creation time of the document
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_creation_date: Option<String>,
    pub data: Product,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListCompanyConnectionStockItemsResponse {
    /// User's ID of the company that this transaction belongs to
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// The company ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    /// The datasource name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub datasource: Option<String>,
    /// ID used to retrieve the origin data
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connection_id: Option<String>,
    /// Retrieves a specific type of data schema
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_class: Option<String>,
    /// Used to categorise the document
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_category: Option<String>,
    /// Associated time element of the metric
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_type: Option<String>,
    /// The 9Spokes categorization of data origin business applications (and other data producing services)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_origin_category: Option<String>,
    /// Specific origin type related to the origin category
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_origin_type: Option<String>,
    /// Name of the application which matches the app-key in the connection records
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_origin: Option<String>,
    /// Creation time of document
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_creation_date: Option<String>,
    pub data: Vec<StockItem>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct GetCompanyConnectionEmailMarketingResponse {
    pub email_marketing: Vec<EmailMarketing>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListCompanyConnectionWebAnalyticsResponse {
    pub data: Vec<WebAnalytic>,
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
