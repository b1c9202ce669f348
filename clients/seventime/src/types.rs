//! Types of the API's schemas.
//!
//! `format: date-time`, `date`, `uuid` and similar string formats are plain `String`s.
//! A property that is optional and nullable is an `Option<Option<T>>`: `None` when
//! absent, `Some(None)` when `null`.

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BillingSettings {
    /// Should an alternative billing address be used?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_separate_billing_address: Option<bool>,
    /// Used if useSeparateBillingAddress is true
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Used if useSeparateBillingAddress is true
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address2: Option<String>,
    /// Used if useSeparateBillingAddress is true
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zip_code: Option<String>,
    /// Used if useSeparateBillingAddress is true
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// If 'invoiceEmail' should be used
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_separate_billing_email: Option<bool>,
    /// Used for invoices if useSeparateBillingEmail is true
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_email: Option<String>,
    /// Empty or 0 = Email, 10 = Postal letter, 20 = Svefaktura
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_delivery_type: Option<f64>,
    /// Default email subject for invoices
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_email_subject: Option<String>,
    /// Is construction company
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_construction_company: Option<bool>,
    /// Is ROT customer
    #[serde(rename = "isROTCustomer", default, skip_serializing_if = "Option::is_none")]
    pub is_rot_customer: Option<bool>,
    /// Is RUT customer
    #[serde(rename = "isRUTCustomer", default, skip_serializing_if = "Option::is_none")]
    pub is_rut_customer: Option<bool>,
    /// 1 = Detached property, 2 = Condominium
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_of_property: Option<f64>,
    /// Swedish: Fastighetsbeteckning
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_description: Option<String>,
    /// Swedish: Orgnr för bostadsrättsförening
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub housing_society_number: Option<String>,
    /// Swedish: Lägenhetsnummer
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apartment_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub personal_number: Option<String>,
    /// Array of DeductionItem's. See below for details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deduction_distribution: Option<Vec<DeductionDistribution>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expense_discount: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expense_custom_profit_margin: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub markup_percent_supplier_invoice: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_list: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_list_name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Budget {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_of_benefit_calc: Option<i64>,
    pub benefits: Vec<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub benefit_total: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_of_cost_calc: Option<i64>,
    pub costs: Vec<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost_total: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BudgetCalculation {
    pub invoice_items: Vec<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_benefit_amount: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_cost_amount: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ContactPerson {
    #[serde(rename = "_id")]
    pub id: String,
    pub name: String,
    pub title: String,
    pub work_phone: String,
    pub cell_phone: String,
    pub email: String,
    pub customer: String,
    pub customer_name: String,
    pub main_contact: bool,
    pub is_active: bool,
    pub created_date: String,
    pub modified_date: String,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Content {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirmation_text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_items: Option<Vec<ContentInvoiceItem>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_amount: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_tax_amount: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_amount_incl_tax: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_percent: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_cost: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub house_deduction_basis_amount: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub house_deduction_amount: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selectable_rows: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_only_total_price: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hidden_columns: Option<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ContentInvoiceItem {
    pub stock_location: String,
    pub selected_flag: bool,
    pub house_work_type_of_work: i64,
    pub house_work_flag: bool,
    pub total_cost: i64,
    pub total_amount_incl_tax: i64,
    pub total_tax_amount: i64,
    pub total_amount: i64,
    pub tax_percent: i64,
    pub discount_percent: i64,
    pub supplement_charge_percent: i64,
    pub discount_in_percent: i64,
    pub unit_cost: i64,
    pub unit: String,
    pub price_list_name: serde_json::Value,
    pub price_list: serde_json::Value,
    pub unit_price: i64,
    pub number_of_items: String,
    pub machine_name: String,
    pub machine: serde_json::Value,
    pub driver_journal_item_type_name: String,
    pub driver_journal_item_type: serde_json::Value,
    pub expense_item_name: String,
    pub expense_item: String,
    pub category_name: String,
    pub time_category: serde_json::Value,
    pub item_type: String,
    pub create_date: serde_json::Value,
    pub article_number: String,
    pub item_order: i64,
    pub item_id: String,
    pub description: String,
    pub name: String,
    #[serde(rename = "_id")]
    pub id: serde_json::Value,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateCustomerRequest {
    /// Id of the user who created the customer
    pub created_by_user: String,
    /// Name of the customer
    pub name: String,
    /// Customer number. If specified it has to be unique otherwise an error will be returned. If not specified it will be set automatically.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_number: Option<String>,
    /// Address
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Address 2
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address2: Option<String>,
    /// Zip code
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zip_code: Option<String>,
    /// City
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// Country code
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Phone number
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Email address
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Organization number or Personal number
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_number: Option<String>,
    /// VAT number
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vat_number: Option<String>,
    /// Payment days for the user
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_days: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_address: Option<DeliveryAddress>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_settings: Option<BillingSettings>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateDriverJournalRequest {
    /// Id of the user who created the driver journal
    pub created_by_user: String,
    /// Id of the user on the driver journal
    pub user: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expense_item: Option<String>,
    /// Id of the vehicle. *Required if carRegistrationNumber is not specified
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vehicle: Option<String>,
    /// Car registration number. *Required if vehicle is not specified. This will not be used if vehicle is specified
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub car_registration_number: Option<String>,
    /// Type of trip
    pub driver_journal_item_type: String,
    /// Start address of the driver journal
    pub start_address: String,
    /// End address of the driver journal
    pub end_address: String,
    /// Errand/position/Company/Contact person
    pub travel_purpose: String,
    /// Odometer reading at the start
    pub start_odometer: f64,
    /// Odometer reading at the end
    pub end_odometer: f64,
    /// Id of the customer
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
    /// Id of the project
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project: Option<String>,
    /// Id of the work order. If project is specified, the work order must belong to the project. The customer from the work order will be used on the driver journal
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_order: Option<String>,
    /// Price/km
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<f64>,
    /// Cost/km
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<f64>,
    /// Description or notes on the driver journal
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Is the driver jounal invoiceable?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_invoiceable: Option<bool>,
    /// Is the driver jounal salary compensated?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_salary_compensated: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateExpenseRequest {
    /// Id of the user who created the expense
    pub created_by_user: String,
    /// Id of the user on the expense
    pub user: String,
    /// Id of the expense item. *Required if freetext for articles is not activated
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expense_item: Option<String>,
    /// Name of the article. *Required if expenseItem is not specified. This will set the article to freetext and is only possible if the setting for this is enabled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Id of the work order
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_order: Option<String>,
    /// Id of the customer. If workOrder is specified, the customer from the work order will be used
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
    /// Id of the project. If workOrder is specified, the project from the work order will be used
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project: Option<String>,
    /// Id of the distributor
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distributor: Option<String>,
    /// Number of items
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number_of_items: Option<String>,
    /// Unit of the number of items
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Cost per unit. If not specified, the cost on the expense item will be used. *Required if expenseItem is not specified
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_cost: Option<f64>,
    /// Price per unit. If not specified, the price from the price list set on the customer will be used. If no price list is set, the price will be calculated from the cost and the 'Mark up on purchase price' on the customer. If 'Mark up on purchase price' is 0, the price will be set to the expense item price. *Required if expenseItem is not specified
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_price: Option<f64>,
    /// Discount percent on the unit price. *Required if expenseItem is not specified
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount_percent: Option<f64>,
    /// Tax percent on the unit price. *Required if expenseItem is not specified
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_percent: Option<f64>,
    /// Time stamp of expense
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<String>,
    /// Description of the expense
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Is the expense invoiceable?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_invoiceable: Option<bool>,
    /// Is the expense an own expense?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub do_reimburse: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateInvoiceRequest {
    /// Status of the invoice. 1 for 'Draft' and 2 for 'Sent'
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_status: Option<String>,
    /// Customer id for the customer who the invoice should belong to
    pub customer: String,
    /// Id of the user who created the invoice
    pub created_by_user: String,
    /// Language of the invoice given as a language code, e.g. SV for Swedish
    pub language: String,
    /// Name of the invoice. If not specified, this will be set to 'Invoice' translated to the selected language
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Invoice date. Has to be in the format YYYY-MM-DD. If not specified, this will be set to the current date
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_date: Option<String>,
    /// Due date. Has to be in the format YYYY-MM-DD. If not specified, this will be set to the invoice date + the default payment terms
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due_date: Option<String>,
    /// Id of the project of the invoice
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project: Option<String>,
    /// Marking on the invoice
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marking: Option<String>,
    /// Your order number
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub your_order_number: Option<String>,
    /// Id of the contact person. This contact person has to belong to the selected customer
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_person: Option<String>,
    /// Id of the user that will be set as our reference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub our_reference: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_address: Option<DeliveryAddress>,
    /// Id of the work order
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_order: Option<String>,
    /// Id of the result unit
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result_unit: Option<String>,
    /// Type of invoice. 0 for Normal, 1 for ROT, 2 for RUT and 3 for construction
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_type: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub house_properties: Option<CreateInvoiceRequestHouseProperties>,
    /// Id of the price list to be used. If specified, prices from the price list will be used for invoice items
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_list: Option<String>,
    /// Should it be possible to set different taxes on invoice items? If set to false, all invoice items will use the same tax percent
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multiple_taxes_on_rows: Option<bool>,
    /// Tax percent which will be used if multipleTaxesOnRows is set to false. This must be 0, 6, 12 or 25% and if not specified will be set to 25%.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_percent: Option<f64>,
    /// Currency code to be used on the invoice
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    /// Currency rate between SEK and the selected currency
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_rate: Option<f64>,
    /// Notes on the invoice
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Array containing objects with invoice items. See below for details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_items: Option<Vec<InvoiceItem>>,
    /// Array of tag ids
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<serde_json::Value>>,
    /// Do you want to use the footer that's specified in the settings?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_footer_from_settings: Option<bool>,
    /// Footer text which will be used if useFooterFromSettings is set to false
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub footer_text: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateInvoiceRequestHouseProperties {
    /// Type of property. 1 for Detached property and 2 for Condominium association
    pub type_of_property: f64,
    /// Required if typeOfProperty is set to 1
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property_description: Option<String>,
    /// Required if typeOfProperty is set to 2
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub housing_society_number: Option<String>,
    /// Required if typeOfProperty is set to 2
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apartment_number: Option<String>,
    /// Contains attributes for deduction distribution. See below for details
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deduction_distribution: Option<Vec<HousePropertiesDeductionDistribution>>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateProjectRequest {
    /// Id of the user who created the project
    pub created_by_user: String,
    /// Name of the project
    pub name: String,
    /// Project number must be unique if specified. If not specified, it will be automatically assigned
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_number: Option<f64>,
    /// Id of the status of the project
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_status_ref: Option<String>,
    /// Id of the customer of the project
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
    /// Id of the contact person. This field requires that customer is specified and that the customer person belongs to that customer
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_person: Option<String>,
    /// Invoice status of the project. See below for available statuses
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_status: Option<f64>,
    /// Id of the user who should be the project leader
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_leader: Option<String>,
    /// Id of the project type
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_type: Option<String>,
    /// Id of the department
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department: Option<String>,
    /// Start date of the project in the format YYYY-MM-DD
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    /// End date of the project in the format YYYY-MM-DD
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
    /// Notes to be included in the project
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Id of the result unit of the project
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result_unit: Option<String>,
    /// Billing method of the project. See below for available billing methods
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_method: Option<String>,
    /// Required if billingMethod is set to HOURLY
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_per_hour: Option<f64>,
    /// Required if billingMethod is set to FIXED_PRICE
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fixed_price: Option<f64>,
    /// Required if billingMethod is set to PRICELIST
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_category_price_list: Option<String>,
    /// Array containing ids of tags
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_tags: Option<Vec<serde_json::Value>>,
    /// Marking on project
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marking: Option<String>,
    /// Your order number
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub your_order_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_address: Option<DeliveryAddress>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreatePurchaseOrderRequest {
    /// Id of the user who created the purchase order
    pub created_by_user: String,
    /// Id of the distributor
    pub distributor: String,
    /// Language of the purchase order as a language code, e.g 'SV' for Swedish
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Name of the purchase order. If not specified, this will be set according to the settings
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purchase_order_name: Option<String>,
    /// Name of the info box on the purchase order. This will not be shown on the purchase order when sent
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purchase_order_info_name: Option<String>,
    /// Purchase order status. See below for available statuses
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purchase_order_status: Option<String>,
    /// Id of the contact person of the distributor
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_person_distributor: Option<String>,
    /// Purchase order date in the format 'YYYY-MM-DD'
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purchase_order_date: Option<String>,
    /// Id of the work order. The work order will only be shown in the info box and not on the purchase order when sent
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_order: Option<String>,
    /// Id of the project. The project will only be shown in the info box and not on the purchase order when sent
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project: Option<String>,
    /// Desired delivery date
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub desired_delivery_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_address: Option<DeliveryAddress>,
    /// Id of the delivery attention
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_attention: Option<String>,
    /// Phone number of the delivery
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_address: Option<InvoiceAddress>,
    /// Marking on the purchase order
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marking: Option<String>,
    /// Number of payment days
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_days: Option<f64>,
    /// Array of objects which describe the invoice items on the purchase order. See below for details
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_items: Option<Vec<CreatePurchaseOrderRequestInvoiceItem>>,
    /// Header text that will be shown above the invoice rows
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub header_text: Option<String>,
    /// Footer text that will be shown in the footer
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub footer_text: Option<String>,
    /// Fotter info text that will be shown below the invoice rows
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub footer_info_text: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreatePurchaseOrderRequestInvoiceItem {
    /// Item type of invoice row, see below for details
    pub item_type: String,
    /// Id of the expense. *Required if itemType is expense
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expense_item: Option<String>,
    /// Id of the time category. *Required if itemType is timelog
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_category: Option<String>,
    /// Quantity of the item. If not specified, this will be set to 1
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number_of_items: Option<f64>,
    /// Unit of the item
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Unit price of the item
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_price: Option<f64>,
    /// Price per hour. Used for time log rows
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_per_hour: Option<f64>,
    /// Total amount. Used for onlyamount rows
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_amount: Option<f64>,
    /// Discount of the item
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount_percent: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateSupplierInvoiceRequest {
    /// Number of  the supplier invoice
    pub supplier_invoice_number: String,
    /// Id of the user who created the supplier invoice
    pub created_by_user: String,
    /// Id of the distributor
    pub distributor: String,
    /// Total amount incl. tax on the supplier invoice
    pub total_amount_incl_tax: String,
    /// Id of the customer
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
    /// Id of the project
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project: Option<String>,
    /// Id of the work order. The work order must belong to the specified project
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_order: Option<String>,
    /// Id of the result unit
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result_unit: Option<String>,
    /// Status of the supplier invoice. 1 for 'Registered', 5 for 'Draft', 7 for 'Sent' and 10 for 'Invoiced'
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supplier_invoice_status: Option<f64>,
    /// Tax on the supplier invoice as a percentage. Ex: 25 for 25% tax
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_percent: Option<f64>,
    /// Markup on the supplier invoice as a percentage. Ex: 10 for 10% markup
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub markup_percent: Option<f64>,
    /// Invoice date in the format 'YYYY-MM-DD'
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_date: Option<String>,
    /// Due date in the format 'YYYY-MM-DD'
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due_date: Option<String>,
    /// Is the supplier invoice exported to a economy system?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exported_to_economy: Option<bool>,
    /// OCR number of the invoice
    #[serde(rename = "OCR", default, skip_serializing_if = "Option::is_none")]
    pub ocr: Option<f64>,
    /// Currency code to be used on the supplier invoice
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    /// Currency rate between SEK and the selected currency. *Required if currencyCode is not 'SEK'. This will always be set to 1 if currencyCode is 'SEK'
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_rate: Option<f64>,
    /// Should the supplier invoice be a supplement order? This is only available if the project or work order is set to use a fixed price
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supplement_order: Option<bool>,
    /// Id of the supplement order
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supplement_order_id: Option<String>,
    /// Our reference
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub our_reference: Option<String>,
    /// Your reference
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub your_reference: Option<String>,
    /// Notes on the supplier invoice
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Is the supplier invoice invoiceable?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_invoiceable: Option<bool>,
    /// Array containing objects with invoice items. See below for details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_items: Option<Vec<CreateSupplierInvoiceRequestInvoiceItem>>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateSupplierInvoiceRequestInvoiceItem {
    /// Item type of invoice row, see below for details
    pub item_type: String,
    /// Id of the expense. *Required if itemType is expense
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expense_item: Option<String>,
    /// Id of the time category. *Required if itemType is timelog
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_category: Option<String>,
    /// Id of the machine. *Required if itemType is machineTimeLog
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub machine: Option<String>,
    /// Id of the driver journal. *Required if itemType is driverJournal
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub driver_journal_item_type: Option<String>,
    /// Quantity of the item. If not specified, this will be set to 1
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number_of_items: Option<f64>,
    /// Unit of the item
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Purchase price of the item
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_cost: Option<f64>,
    /// Unit price of the item
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_price: Option<f64>,
    /// Price per hour. Used for time log rows
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_per_hour: Option<f64>,
    /// Total amount. Used for onlyamount rows
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_amount: Option<f64>,
    /// Discount of the item
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount_percent: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateTimeLogRequest {
    /// Id of the user who created the time log
    pub created_by_user: String,
    /// Id of the user on the time log
    pub user: String,
    /// Starting date and time for the time log. This must be in the format 'YYYY-MM-DD HH-MM'
    pub timestamp: String,
    /// time of the timelog in hours. *This is required if field 'endTimestamp' is not specified
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// Starting date and time for the time log. This must be in the format 'YYYY-MM-DD HH-MM'. *This is required if field 'time' is not specified
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_timestamp: Option<String>,
    /// Invoiceable time. If not specified, this will be set to the time of the time log
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoiceable_time: Option<String>,
    /// Id of the customer
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
    /// Id of the project
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project: Option<String>,
    /// Id of the time category
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_category: Option<String>,
    /// Id of the work order
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_order: Option<String>,
    /// price per hour of the time log. If not specified, the price will be set according to the user, customer, project, time category or work order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_per_hour: Option<f64>,
    /// Description/notes of the time log
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Internal description/notes of the time log
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internal_description: Option<String>,
    /// Is the time log a supplement order?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supplement_order: Option<bool>,
    /// Your order number
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_invoiceable: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateUserRequest {
    /// Id of the user who created the new user
    pub created_by_user: String,
    /// First name of the user
    pub first_name: String,
    /// Last name of the user
    pub last_name: String,
    /// Email of the user
    pub email: String,
    /// Username
    pub user_name: String,
    /// User role id
    pub user_role_id: String,
    /// EmployeeNumber
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employee_number: Option<String>,
    /// Work phone number
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_phone: Option<String>,
    /// Cell phone number
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cell_phone: Option<String>,
    /// Should the user be active?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_active: Option<bool>,
    /// Should the user be activated?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_activated: Option<bool>,
    /// Password of the user
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// Language of the user as a language code (e.g SV for Swedish). If not specified, this will we set to SV.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_roles_id: Option<serde_json::Value>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreateWorkOrderRequest {
    /// Title of the work order
    pub title: String,
    /// Customer id for the customer who the work order should belong to
    pub customer: String,
    /// Id of the user who created the work order
    pub created_by_user: String,
    /// Id of the status of the work order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_ref: Option<String>,
    /// Project id for the project which the work order should belong to
    #[serde(rename = "Project", default, skip_serializing_if = "Option::is_none")]
    pub project: Option<String>,
    /// Start date for the work order. The format must be YYYY-MM-DD HH:MM
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    /// End date for the work order. The format must be YYYY-MM-DD HH:MM
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
    /// Id of the user who is the current owner of the work order
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_owner: Option<String>,
    /// Array containing the ids of users who are working full time on the work order
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub users: Option<Vec<serde_json::Value>>,
    /// Array containing the ids of the machines which are working full time on the work order
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub machines: Option<Vec<serde_json::Value>>,
    /// Estimated time required to finish the work order
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimated_time: Option<f64>,
    /// Id of the contact person
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_person: Option<String>,
    /// Id of the work order type
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_order_type: Option<String>,
    /// Id of the department
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department: Option<String>,
    /// Id of the work leader
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_leader: Option<String>,
    /// Description of the work order
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Color of the work order, only used if "How to set color" is 'Manually' in settings. See below for available colors
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    /// Invoice status of the work order. See below for available statuses
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_status: Option<f64>,
    /// Billing method of work order. See below for available billing methods
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_method: Option<String>,
    /// Only if Billing method is set to FIXED_PRICE
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fixed_price: Option<f64>,
    /// Should the work order be set as supplement order?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_supplement_order: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_address: Option<WorkAddress>,
    /// Should the work order be available in the customer portal?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_portal_access: Option<bool>,
    /// Should it be possible to register times on the work order?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_registration_of_times: Option<bool>,
    /// Should it be possible to register expenses on the work order?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_registration_of_expenses: Option<bool>,
    /// Marking on the work order
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marking: Option<String>,
    /// Your order number of the work order
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub your_order_number: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CustomField {
    #[serde(rename = "_id")]
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_active: Option<bool>,
    #[serde(rename = "__v", default, skip_serializing_if = "Option::is_none")]
    pub v: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote_category_name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CustomFieldValue {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distributor_id: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distributor_name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Customer {
    #[serde(rename = "_id")]
    pub id: String,
    pub customer_number: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vat_number: Option<String>,
    pub organization_number: String,
    pub email: String,
    pub phone: String,
    pub city: String,
    pub zip_code: String,
    pub address: String,
    pub name: String,
    pub documents: Vec<serde_json::Value>,
    pub billing_settings: BillingSettings,
    pub modified_date: String,
    pub created_date: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address2: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_method: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_per_hour: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_days: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    pub is_active: bool,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeductionDistribution {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_id: Option<String>,
    /// Full name of person
    pub user_name: String,
    /// Personal number
    pub personal_number: String,
    /// 1-100
    pub distribution_percent: f64,
    #[serde(rename = "_id")]
    pub id: String,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DefaultSalaryType {
    #[serde(rename = "_id")]
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_absence_time_type: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_rule_type: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub absence_time_category: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub absence_time_category_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_be_registered: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salary_amount: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_in_salary_system: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct DeleteDriverJournalRequest {
    /// Id of the driver journal
    #[serde(rename = "_id")]
    pub id: String,
    #[serde(rename = "deletedByUser", default, skip_serializing_if = "Option::is_none")]
    pub deleted_by_user: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct DeleteExpenseRequest {
    /// Id of the expense
    #[serde(rename = "_id")]
    pub id: String,
    /// Id of the user who deleted the expense
    #[serde(rename = "deletedByUser")]
    pub deleted_by_user: String,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct DeletePurchaseOrderRequest {
    /// Id of the purchase order
    #[serde(rename = "_id")]
    pub id: String,
    #[serde(rename = "deletedByUser", default, skip_serializing_if = "Option::is_none")]
    pub deleted_by_user: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct DeleteSupplierInvoiceRequest {
    /// Id of the Supplier Invoice
    #[serde(rename = "_id")]
    pub id: String,
    #[serde(rename = "deletedByUser", default, skip_serializing_if = "Option::is_none")]
    pub deleted_by_user: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct DeleteTimeLogRequest {
    /// Id of the time log
    #[serde(rename = "_id")]
    pub id: String,
    #[serde(rename = "deletedByUser", default, skip_serializing_if = "Option::is_none")]
    pub deleted_by_user: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct DeliveryAddress {
    /// Name on delivery address
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Primary delivery address
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Secondary delivery address
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address2: Option<String>,
    /// Zip code
    #[serde(rename = "zipCode", default, skip_serializing_if = "Option::is_none")]
    pub zip_code: Option<String>,
    /// City
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// Country
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Phone number
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Department {
    #[serde(rename = "_id")]
    pub id: String,
    pub name: String,
    pub department_number: String,
    pub is_active: bool,
    pub manager_ids: Vec<serde_json::Value>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Distributor {
    #[serde(rename = "_id")]
    pub id: String,
    pub name: String,
    pub distributor_number: String,
    pub address: String,
    pub zip_code: String,
    pub city: String,
    pub country: String,
    pub phone: String,
    pub email: String,
    pub organization_number: String,
    pub notes: String,
    pub purchase_order_email: String,
    pub our_customer_number: String,
    pub payment_days: i64,
    pub has_self_billing: bool,
    pub self_billing_settings: SelfBillingSettings,
    pub is_active: bool,
    pub is_sub_contractor: bool,
    pub created_date: String,
    pub modified_date: String,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DistributorContactPerson {
    #[serde(rename = "_id")]
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cell_phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distributor: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distributor_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub main_contact: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_active: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified_date: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DriverJournal {
    #[serde(rename = "_id")]
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub driver_journal_item_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub driver_journal_item_type_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub car: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub car_registration_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_order: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_order_title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_order_number: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub travel_purpose: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_odometer: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_odometer: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_distance: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_amount: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_invoiced: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_invoiceable: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_salary_compensated: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_cost: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DriverJournalType {
    #[serde(rename = "_id")]
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_invoiceable: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_default: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salary_compensation_type: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salary_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salary_type_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_active: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salary_code: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ErrorBody {
    /// When applicable the error message will be available in the response as `errorMessage`.
    #[serde(rename = "errorMessage", default, skip_serializing_if = "Option::is_none")]
    pub error_message: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Expense {
    #[serde(rename = "_id")]
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attested_by: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub documents: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expense_item: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_attested: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_invoiceable: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_invoiced: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number_of_items: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supplement_order: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_amount: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_amount_after_discount: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_amount_incl_tax: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_tax_amount: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_cost: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_price: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_price_incl_tax: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_tax: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_order: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_order_number: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_order_title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_price_after_discount: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount_percent: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_tax_percent: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub do_reimburse: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salary_compilation: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "double_option")]
    pub distributor: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distributor_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_cost: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bundled_articles: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_fields: Option<Vec<serde_json::Value>>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExpenseItem {
    #[serde(rename = "_id")]
    pub id: String,
    pub description: String,
    pub tax: i64,
    pub article_number: String,
    pub name: String,
    pub unit_price: f64,
    pub unit_cost: i64,
    pub unit: String,
    pub is_invoiceable: bool,
    pub is_category: bool,
    pub parent_expense_item: serde_json::Value,
    pub parent_expense_item_name: String,
    pub create_date: String,
    pub bundled_articles: Vec<serde_json::Value>,
    pub always_reimburse: bool,
    pub is_active: bool,
    pub category_group_number: String,
    pub article_group_number: String,
    pub distributor: serde_json::Value,
    pub distributor_name: String,
    pub is_inventory_item: bool,
    pub unit_price_incl_tax: f64,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HouseProperties {
    pub type_of_property: i64,
    pub property_description: String,
    pub housing_society_number: String,
    pub apartment_number: String,
    pub max_deduction_amount: i64,
    pub personal_number: String,
    pub deduction_distribution: Vec<DeductionDistribution>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HousePropertiesDeductionDistribution {
    /// User name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<f64>,
    /// Personal number
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub personal_number: Option<String>,
    /// Distribution percent
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distribution_percent: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Invoice {
    #[serde(rename = "_id")]
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_address: Option<DeliveryAddress>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub house_properties: Option<HouseProperties>,
    pub work_order_ids: Vec<String>,
    pub tags: Vec<String>,
    pub create_date: String,
    pub invoice_items: Vec<InvoiceItem>,
    pub invoice_log_entries: Vec<InvoiceLogEntry>,
    pub invoice_name: String,
    pub marking: String,
    pub your_order_number: String,
    pub notes: String,
    pub tax_percent: i64,
    pub invoice_status: i64,
    pub invoice_date: String,
    pub created_by_user: String,
    pub created_by_user_name: String,
    pub customer: String,
    pub customer_name: String,
    pub due_date: String,
    pub language: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_person: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_person_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub our_reference: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub our_reference_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_order: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_order_number: Option<String>,
    pub invoice_type: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result_unit: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result_unit_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_list: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_list_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multiple_taxes_on_rows: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    pub total_amount: i64,
    pub total_tax_amount: f64,
    pub total_amount_incl_tax: i64,
    pub total_amount_rounding: f64,
    pub sent_date: String,
    pub invoice_number: String,
    #[serde(rename = "OCRNumber")]
    pub ocr_number: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archived: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archived_date: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit_for_invoice: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit_for_invoice_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit_invoice: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit_invoice_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_rate: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_org_no: Option<String>,
    #[serde(rename = "customerVAT", default, skip_serializing_if = "Option::is_none")]
    pub customer_vat: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount_in_percent: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exported_to_economy: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub footer_info_text: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub footer_text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub header_text: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub house_deduction_amount: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub house_deduction_basis_amount: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_credit_invoice: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_credited: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partially_paid: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_date: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_plan: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_plan_row_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reminder_date: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_price_incl_taxes_on_rows: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supplement_order: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supplement_order_number: Option<String>,
    pub total_cost: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_log_ids: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expense_ids: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub driver_journal_ids: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub machine_time_log_ids: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supplier_invoice_ids: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_system_export: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub documents: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partial_payments: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_lists: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supplement_orders: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_fields: Option<Vec<InvoiceCustomField>>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Invoice2 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_log_ids: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expense_ids: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub driver_journal_ids: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub machine_time_log_ids: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supplier_invoice_ids: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_order_ids: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_system_export: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<serde_json::Value>>,
    #[serde(rename = "_id")]
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_items: Option<
        Vec<std::collections::BTreeMap<String, serde_json::Value>>,
    >,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub documents: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_log_entries: Option<Vec<InvoiceLogEntry>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partial_payments: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_lists: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supplement_orders: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_fields: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marking: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub your_order_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_percent: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_status: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by_user: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by_user_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_type: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_amount: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_tax_amount: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_amount_incl_tax: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_amount_rounding: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_cost: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_number: Option<String>,
    #[serde(rename = "OCRNumber", default, skip_serializing_if = "Option::is_none")]
    pub ocr_number: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct InvoiceAddress {
    /// Primary address
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Secondary address
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address2: Option<String>,
    /// Zip code
    #[serde(rename = "zipCode", default, skip_serializing_if = "Option::is_none")]
    pub zip_code: Option<String>,
    /// City
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// Country, given as a country code (E.g. SE for Sweden)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    pub email: String,
    /// Name of delivery recipient
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Phone number
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct InvoiceCustomField {
    #[serde(rename = "_id")]
    pub id: String,
    #[serde(rename = "fieldId", default, skip_serializing_if = "Option::is_none")]
    pub field_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<CustomFieldValue>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InvoiceItem {
    #[serde(rename = "_id")]
    pub id: Option<String>,
    pub create_date: Option<String>,
    /// Type of work for the row. Used if invoiceType is 1 or 2. See below for details
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub house_work_type_of_work: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub description: String,
    /// Id of the expense. *Required if itemType is expense
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expense_item: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expense_item_name: Option<String>,
    /// Item type of invoice row, see below for details
    pub item_type: String,
    /// Quantity of the item. If not specified, this will be set to 1
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number_of_items: Option<f64>,
    /// Unit of the item
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Purchase price of the item
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_cost: Option<f64>,
    pub total_cost: i64,
    /// Discount of the item
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount_percent: Option<f64>,
    /// Tax percent of the item. Only used if multipleTaxesOnRows is true. This must be 0, 6, 12 or 25% and if not specified, this will be set to 25%.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_percent: Option<f64>,
    /// Unit price of the item
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_price: Option<f64>,
    /// Total amount. Used for onlyamount rows
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_amount: Option<f64>,
    pub total_tax_amount: i64,
    pub total_amount_incl_tax: i64,
    pub item_id: String,
    pub item_order: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub house_work_flag: Option<bool>,
    /// Id of the time category. *Required if itemType is timelog
    #[serde(default, skip_serializing_if = "Option::is_none", with = "double_option")]
    pub time_category: Option<Option<String>>,
    /// Id of the machine. *Required if itemType is machineTimeLog
    #[serde(default, skip_serializing_if = "Option::is_none", with = "double_option")]
    pub machine: Option<Option<String>>,
    /// Id of the driver journal. *Required if itemType is driverJournal
    #[serde(default, skip_serializing_if = "Option::is_none", with = "double_option")]
    pub driver_journal_item_type: Option<Option<String>>,
    /// Price per hour. Used for time log rows
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_per_hour: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub driver_journal_item_type_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub machine_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_list: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_list_name: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount_in_percent: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supplement_charge_percent: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selected_flag: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InvoiceLogEntry {
    #[serde(rename = "_id")]
    pub id: String,
    pub log_date: String,
    pub log_type: i64,
    pub description: String,
    pub user: String,
    pub user_name: String,
    pub additional_data: String,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct InvoiceTag {
    #[serde(rename = "_id")]
    pub id: String,
    #[serde(rename = "tagName", default, skip_serializing_if = "Option::is_none")]
    pub tag_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListEnvelopeMeta {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Logo {
    #[serde(rename = "_id")]
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Machine {
    #[serde(rename = "_id")]
    pub id: String,
    pub last_hours_used_reg_date: String,
    pub hours_used: i64,
    pub last_mileage_reg_date: String,
    pub mileage: f64,
    pub is_active: bool,
    pub created_by_user_name: String,
    pub created_by_user: String,
    pub hours_can_be_registered: bool,
    pub can_be_planned: bool,
    pub is_invoiceable: bool,
    pub serial_number: String,
    pub machine_model: String,
    pub machine_number: String,
    pub machine_name: String,
    pub trackunit_data: TrackunitData,
    pub modified_date: String,
    pub create_date: String,
    pub machine_log: Vec<serde_json::Value>,
    pub documents: Vec<serde_json::Value>,
    pub article_number: String,
    pub machine_type: serde_json::Value,
    pub machine_type_name: String,
    pub machine_group: String,
    pub purchase_date: serde_json::Value,
    pub serviceable: bool,
    pub service_interval_in_km: i64,
    pub service_interval_in_hours: i64,
    pub service_interval_in_months: i64,
    pub mileage_last_service: i64,
    pub hours_last_service: i64,
    pub last_service_date: serde_json::Value,
    pub unit_price: i64,
    pub unit_cost: i64,
    pub distributor: serde_json::Value,
    pub distributor_name: String,
    pub custom_fields: Vec<serde_json::Value>,
    pub debit_manual_registration_prices: Vec<serde_json::Value>,
    pub debit_minimi_prices: Vec<serde_json::Value>,
    pub debit_schedule_prices: Vec<serde_json::Value>,
    pub is_supplement_for_machines: Vec<serde_json::Value>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MachineTimeLog {
    #[serde(rename = "_id")]
    pub id: String,
    pub time: i64,
    pub invoiceable_time: i64,
    pub description: String,
    pub internal_description: String,
    pub attested_by: serde_json::Value,
    pub invoice: serde_json::Value,
    pub machine: String,
    pub machine_name: String,
    pub user: String,
    pub user_name: String,
    pub department: String,
    pub department_name: String,
    pub customer: serde_json::Value,
    pub customer_name: serde_json::Value,
    pub project: serde_json::Value,
    pub project_name: serde_json::Value,
    pub work_order: serde_json::Value,
    pub work_order_title: String,
    pub work_order_number: i64,
    pub price_per_hour: i64,
    pub price: i64,
    pub cost: i64,
    pub create_date: String,
    pub is_invoiced: bool,
    pub is_invoiceable: bool,
    pub status: i64,
    pub timestamp: String,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MachineType {
    #[serde(rename = "_id")]
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_active: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_date: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Meta {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_resources: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_pages: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_page: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Permissions {
    pub perm_users: Vec<serde_json::Value>,
    pub perm_roles: Vec<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permission_flag: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub perm_departments: Option<Vec<serde_json::Value>>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct PriceList {
    #[serde(rename = "_id")]
    pub id: String,
    pub name: String,
    #[serde(rename = "isActive")]
    pub is_active: bool,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Project {
    #[serde(rename = "_id")]
    pub id: String,
    pub permissions: Permissions,
    pub tags: Vec<serde_json::Value>,
    pub name: String,
    pub project_number: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_status: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_status_ref: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_type: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_type_name: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_method: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_per_hour: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fixed_price: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fixed_price_invoiced: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fixed_price_left_to_invoice: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fixed_price_expense_item: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_category_price_list: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimated_time: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recurring_budget_type: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recurring_budget: Option<RecurringBudget>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result_unit: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result_unit_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_person: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_person_name: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_leader: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_leader_name: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marking: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub your_order_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_address: Option<DeliveryAddress>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_status: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    pub documents: Vec<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<serde_json::Value>,
    pub budget: Budget,
    pub budget_calculation: BudgetCalculation,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_construction_diary: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_payment_plans: Option<bool>,
    pub time_category_items: Vec<serde_json::Value>,
    pub expense_item_items: Vec<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub staff_ledger: Option<StaffLedger>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_time_notification: Option<ProjectTimeNotification>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_rule_start_of_day: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_rule_end_of_day: Option<serde_json::Value>,
    pub time_log_registration_methods: Vec<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_should_not_be_work_time: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_portal_access: Option<bool>,
    pub project_resources: Vec<serde_json::Value>,
    pub check_lists: Vec<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_active: Option<bool>,
    pub comments: Vec<serde_json::Value>,
    pub custom_fields: Vec<ProjectCustomField>,
    pub created_date: String,
    pub modified_date: String,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ProjectCustomField {
    #[serde(rename = "_id")]
    pub id: String,
    #[serde(rename = "fieldId")]
    pub field_id: String,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProjectStatus {
    #[serde(rename = "_id")]
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_progress_status: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed_status: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_active: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ProjectTag {
    #[serde(rename = "_id")]
    pub id: String,
    #[serde(rename = "tagName", default, skip_serializing_if = "Option::is_none")]
    pub tag_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ProjectTimeNotification {
    pub sent: bool,
    #[serde(rename = "notifyAtPercent")]
    pub notify_at_percent: i64,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProjectType {
    #[serde(rename = "_id")]
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_type_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_active: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PurchaseOrder {
    #[serde(rename = "_id")]
    pub id: String,
    pub purchase_order_number: String,
    pub purchase_order_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purchase_order_info_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub header_text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub footer_text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub footer_info_text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by_user: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by_user_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub our_reference: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub our_reference_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approved_by: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distributor: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distributor_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distributor_address: Option<String>,
    #[serde(rename = "distributorVAT", default, skip_serializing_if = "Option::is_none")]
    pub distributor_vat: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub our_customer_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "double_option")]
    pub contact_person_distributor: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "double_option")]
    pub contact_person_distributor_name: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "double_option")]
    pub project: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "double_option")]
    pub project_name: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "double_option")]
    pub work_order: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_order_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_order_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purchase_order_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_amount: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_tax_amount: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_amount_incl_tax: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_percent: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_cost: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_rate: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purchase_order_status: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archived: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub archived_date: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirmation_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "double_option")]
    pub desired_delivery_date: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected_delivery_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_days: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marking: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_attention: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_link: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approved_by_name: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_address: Option<InvoiceAddress>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_address: Option<DeliveryAddress>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub documents: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purchase_order_log_entries: Option<Vec<PurchaseOrderLogEntry>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_items: Option<
        Vec<std::collections::BTreeMap<String, serde_json::Value>>,
    >,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_number: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PurchaseOrderLogEntry {
    #[serde(rename = "_id")]
    pub id: String,
    pub log_type: i64,
    pub description: String,
    pub user: String,
    pub user_name: String,
    pub log_date: String,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Quote {
    #[serde(rename = "_id")]
    pub id: String,
    pub quote_number: String,
    pub quote_type: i64,
    pub quote_name: String,
    pub quote_info_name: String,
    pub quote_category: serde_json::Value,
    pub quote_category_name: serde_json::Value,
    pub language: String,
    pub description: serde_json::Value,
    pub header_text: serde_json::Value,
    pub footer_info_text: serde_json::Value,
    pub footer_text: String,
    pub created_by_user: String,
    pub created_by_user_name: String,
    pub our_reference: String,
    pub our_reference_name: String,
    pub sales_agent: String,
    pub sales_agent_name: String,
    pub customer: String,
    pub customer_name: String,
    pub customer_number: String,
    pub customer_address: String,
    #[serde(rename = "customerVAT")]
    pub customer_vat: String,
    pub contact_person: serde_json::Value,
    pub contact_person_name: serde_json::Value,
    pub project: serde_json::Value,
    pub project_name: serde_json::Value,
    pub work_order: serde_json::Value,
    pub work_order_name: String,
    pub work_order_number: String,
    pub quote_date: String,
    pub valid_to_date: String,
    pub discount_in_percent: i64,
    pub total_amount: i64,
    pub total_tax_amount: i64,
    pub total_amount_incl_tax: i64,
    pub tax_percent: i64,
    pub total_cost: i64,
    pub use_quote_value: bool,
    pub quote_value: i64,
    pub use_quote_cost: bool,
    pub quote_cost: i64,
    pub currency_code: String,
    pub currency_rate: i64,
    pub quote_status: i64,
    pub archived: bool,
    pub archived_date: serde_json::Value,
    pub delivery_date: serde_json::Value,
    pub delivery_date_end: serde_json::Value,
    pub sent_date: String,
    pub accepted_date: String,
    pub rejected_date: serde_json::Value,
    pub invoice: serde_json::Value,
    pub invoice_number: String,
    pub invoiced_date: serde_json::Value,
    pub price_list: serde_json::Value,
    pub price_list_name: String,
    pub marking: String,
    pub house_deduction_basis_amount: i64,
    pub house_deduction_amount: i64,
    pub enable_quote_conditions: bool,
    pub quote_conditions_content: String,
    pub multiple_taxes_on_rows: bool,
    pub show_price_incl_taxes_on_rows: bool,
    pub confirmation_date: serde_json::Value,
    pub confirmation_header_text: String,
    pub confirmation_footer_info_text: String,
    pub confirmation_title: String,
    pub public_link: String,
    pub use_budget_calculation: bool,
    pub quote_accept_reason: serde_json::Value,
    pub quote_accept_reason_name: serde_json::Value,
    pub quote_decline_reason: serde_json::Value,
    pub quote_decline_reason_name: serde_json::Value,
    pub notes: String,
    pub open_notification_sent: bool,
    pub quote_template: String,
    pub stock_reservation_is_done: bool,
    pub quote_elements: Vec<QuoteElement>,
    pub budget_calculation: BudgetCalculation,
    pub house_properties: HouseProperties,
    pub delivery_address: DeliveryAddress,
    pub documents: Vec<serde_json::Value>,
    pub quote_log_entries: Vec<QuoteLogEntry>,
    pub invoice_items: Vec<serde_json::Value>,
    pub create_date: String,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QuoteCategory {
    #[serde(rename = "_id")]
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_active: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote_category_name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QuoteElement {
    #[serde(rename = "_id")]
    pub id: String,
    pub content: Option<Content>,
    pub background_color: String,
    pub bottom_margin: i64,
    pub top_margin: i64,
    pub element_type_id: i64,
    pub item_id: String,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QuoteLogEntry {
    #[serde(rename = "_id")]
    pub id: String,
    pub log_date: String,
    pub user_name: String,
    pub user: String,
    pub description: String,
    pub log_type: i64,
    pub entry_id: String,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QuoteTemplate {
    #[serde(rename = "_id")]
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column_contents: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote_type: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by_user: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by_user_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub documents: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote_elements: Option<Vec<QuoteElement>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub override_footer: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub footer_text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub footer_num_of_cols: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub override_logo_and_address: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo: Option<Vec<Logo>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logotype_width: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo_position: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote_address: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RecurringBudget {
    pub budget_time: i64,
    pub budget_amount: i64,
    pub budget_type: i64,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Reminder {
    #[serde(rename = "_id")]
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reminder_time_type: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reminder_time_value: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reminder_type: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ResultUnit {
    #[serde(rename = "_id")]
    pub id: String,
    pub name: String,
    pub code: String,
    #[serde(rename = "isActive")]
    pub is_active: bool,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RunningInvoiceSettings {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub one_row_text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_log_machine_supplement: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_log_custom_field: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_description: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_date_range: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_date: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_user: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub machine_from_time_log: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_category: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_task: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_work_order: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_project: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format_type: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SelfBillingSettings {
    pub invoice_deduction: i64,
    pub deduction_expense_item: String,
    pub invoice_number_series: String,
    pub invoice_counter: i64,
    pub email_for_self_billing: String,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StaffLedger {
    #[serde(rename = "workPlaceIDNumber")]
    pub work_place_id_number: String,
    pub developer_name: String,
    pub developer_org_number: String,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct StartLocation {
    pub coordinates: Vec<serde_json::Value>,
    pub r#type: String,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct StopLocation {
    pub coordinates: Vec<serde_json::Value>,
    pub r#type: String,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SupplementOrder {
    #[serde(rename = "_id")]
    pub id: String,
    pub title: String,
    pub description: String,
    pub header_text: String,
    pub supplement_order_number: i64,
    pub supplement_order_type: i64,
    pub created_by_user: String,
    pub created_by_user_name: String,
    pub customer: String,
    pub customer_name: String,
    pub project: String,
    pub project_name: String,
    pub project_number: String,
    pub total_amount: i64,
    pub total_tax_amount: f64,
    pub total_amount_incl_tax: i64,
    pub tax_percent: i64,
    pub contracted_amount: i64,
    pub price_list: serde_json::Value,
    pub price_list_name: String,
    pub billing_method: String,
    pub accepted_date: serde_json::Value,
    pub accepted_with_signature: bool,
    pub signature_path: String,
    pub deviation: serde_json::Value,
    pub deviation_number: i64,
    pub public_link: String,
    pub footer_text: String,
    pub deviations: Vec<serde_json::Value>,
    pub supplement_order_log_entries: Vec<SupplementOrderLogEntry>,
    pub documents: Vec<serde_json::Value>,
    pub work_order_ids: Vec<String>,
    pub invoice_ids: Vec<String>,
    pub invoice_items: Vec<InvoiceItem>,
    pub modified_date: serde_json::Value,
    pub create_date: String,
    pub status: i64,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SupplementOrderLogEntry {
    pub log_type: i64,
    pub description: String,
    pub user: String,
    pub user_name: String,
    #[serde(rename = "_id")]
    pub id: String,
    pub log_date: String,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SupplierInvoice {
    #[serde(rename = "_id")]
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_invoiceable: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_invoiced: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub self_billing_time_log_ids: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub self_billing_expense_ids: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_items: Option<Vec<InvoiceItem>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub documents: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distributor: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distributor_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub your_reference: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_date: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_amount: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_tax_amount: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_amount_incl_tax: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_percent: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_type: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub markup_percent: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_rate: Option<i64>,
    #[serde(rename = "OCR", default, skip_serializing_if = "Option::is_none")]
    pub ocr: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub economy_system_status: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expenses_created_from_invoice_items: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_credit_invoice: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit_for_invoice_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_booked: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub economy_system_ref: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub imported_from: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supplier_invoice_status: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_order: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_order_title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_order_number: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_name: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supplement_order_id: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supplement_order_number: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supplement_order: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_self_billing_invoice: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub self_billing_invoice_status: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exported_to_economy: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub self_billing_invoice: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub self_billing_invoice_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub footer_text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub footer_info_text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supplier_invoice_log_entries: Option<Vec<SupplierInvoiceLogEntry>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supplier_invoice_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_amount_to_invoice: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SupplierInvoiceLogEntry {
    #[serde(rename = "_id")]
    pub id: String,
    pub log_type: i64,
    pub description: String,
    pub user: String,
    pub user_name: String,
    pub log_date: String,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TimeCategory {
    #[serde(rename = "_id")]
    pub id: String,
    pub name: String,
    pub description: String,
    pub is_absence_type: bool,
    pub is_unsocial_hour: bool,
    pub is_invoiceable: bool,
    pub price_per_hour: i64,
    pub article_number: String,
    pub is_work_time: bool,
    pub is_active: bool,
    pub color: String,
    pub is_vacation: bool,
    pub presence_code: String,
    pub require_pre_attest: bool,
    pub is_machine_time: bool,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TimeLog {
    #[serde(rename = "_id")]
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub all_day: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_timestamp: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_work_time: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_category: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoiceable_time: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_fields: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_invoiceable: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_invoiced: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub machine_time_prices: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub machine_time_supplements: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub real_timestamp: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_location: Option<StartLocation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stop_location: Option<StopLocation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub un_social_hours_costs: Option<Vec<UnSocialHoursCost>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub real_end_timestamp: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_per_hour: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct TrackunitData {
    pub id: String,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UnSocialHoursCost {
    #[serde(rename = "_id")]
    pub id: String,
    pub salary_type: String,
    pub salary_type_name: String,
    pub cost_per_hour: i64,
    pub time: f64,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateCustomerRequest {
    /// Id of the customer
    #[serde(rename = "_id")]
    pub id: String,
    /// Id of the user who updated the customer
    pub modified_by_user: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_number: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateDriverJournalRequest {
    /// Id of the driver journal
    #[serde(rename = "_id")]
    pub id: String,
    /// Id of the user who made the change
    #[serde(rename = "modifiedByUser")]
    pub modified_by_user: String,
    /// Id of the user on the driver journal
    pub user: String,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateExpenseRequest {
    /// Id of the expense
    #[serde(rename = "_id")]
    pub id: String,
    /// Id of the user who made the change
    #[serde(rename = "modifiedByUser")]
    pub modified_by_user: String,
    /// Id of the user on the expense
    pub user: String,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateInvoiceRequest {
    /// Id of the invoice
    #[serde(rename = "_id")]
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
    /// Id of the user who modified the invoice
    pub modified_by_user: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Should it be possible to use different tax rates on invoice rows?
    pub multiple_taxes_on_rows: bool,
    /// Tax rate on invoice rows *Required if 'multipleTaxesOnRows' is false.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_percent: Option<bool>,
    /// Array containing the invoice items. See the section 'Create an Invoice' for more information about these items
    pub invoice_items: Vec<serde_json::Value>,
    /// Invoice status. 1 for 'Draft', 2 for 'Sent', 3 for 'Paid' and 4 for 'Obliterated'. Note that changing the status to 'Sent' will not send the invoice, this will mark the invoice as sent and give the invoice a number. It is only possible to set the status to 'Paid' or 'Obliterated' on a sent invoice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_status: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateProjectRequest {
    /// Id of the project
    #[serde(rename = "_id")]
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<String>,
    /// Id of the user who made the change
    #[serde(rename = "modifiedByUser")]
    pub modified_by_user: String,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdatePurchaseOrderRequest {
    /// Id of the purchase order
    #[serde(rename = "_id")]
    pub id: String,
    /// Id of the user who modified the purchase order
    pub modified_by_user: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_days: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateSupplierInvoiceRequest {
    /// Id of the Supplier Invoice
    #[serde(rename = "_id")]
    pub id: String,
    /// Id of the user who made the change
    #[serde(rename = "modifiedByUser")]
    pub modified_by_user: String,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateTimeLogRequest {
    /// Id of the time log
    #[serde(rename = "_id")]
    pub id: String,
    /// Id of the user who made the change
    pub modified_by_user: String,
    /// Id of the user on the time log
    pub user: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_timestamp: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateUserRequest {
    /// Id of the user
    #[serde(rename = "_id")]
    pub id: String,
    /// Id of the user who made the change
    pub modified_by_user: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateWorkOrderRequest {
    /// Id of the work order
    #[serde(rename = "_id")]
    pub id: String,
    /// Id of the user who updated the work order
    #[serde(rename = "modifiedByUser")]
    pub modified_by_user: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct User {
    #[serde(rename = "_id")]
    pub id: String,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub personal_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employee_number: Option<String>,
    pub user_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cell_phone: Option<String>,
    pub created_date: String,
    pub modified_date: String,
    pub user_role_id: i64,
    pub is_active: bool,
    pub is_activated: bool,
    pub language: String,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UserRole {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_role_id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_role_name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UserSkill {
    #[serde(rename = "_id")]
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skill_title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub require_educations: Option<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UserWorkType {
    #[serde(rename = "_id")]
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "pricePerHour", default, skip_serializing_if = "Option::is_none")]
    pub price_per_hour: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Vehicle {
    #[serde(rename = "_id")]
    pub id: String,
    pub name: String,
    pub registration_number: String,
    pub is_active: bool,
    pub create_date: String,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WorkAddress {
    /// Should an alternative work address be used?
    pub use_other_address: bool,
    /// Used if useSeparateBillingAddress is true
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Used if useSeparateBillingAddress is true
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zip_code: Option<String>,
    /// Used if useSeparateBillingAddress is true
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// Used if useSeparateBillingAddress is true
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Used if useSeparateBillingAddress is true
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address2: Option<String>,
    /// Used if useSeparateBillingAddress is true, given as a country code (E.g. SE for Sweden)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Used if useSeparateBillingAddress is true
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WorkOrder {
    #[serde(rename = "_id")]
    pub id: String,
    pub work_order_number: i64,
    pub created_by_user_name: String,
    pub created_by_user: String,
    pub status_ref: String,
    pub status: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_number: Option<String>,
    pub customer_name: String,
    pub customer: String,
    pub estimated_time: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    pub description: String,
    pub title: String,
    pub custom_fields: Vec<serde_json::Value>,
    pub tags: Vec<serde_json::Value>,
    pub work_order_user_work_types: Vec<serde_json::Value>,
    pub work_order_user_skills: Vec<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget_calculation: Option<BudgetCalculation>,
    pub invoice_rows: Vec<serde_json::Value>,
    pub todo_items: Vec<serde_json::Value>,
    pub reminders: Vec<Reminder>,
    pub check_lists: Vec<serde_json::Value>,
    pub documents: Vec<serde_json::Value>,
    pub location_coordinates: Vec<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_address: Option<WorkAddress>,
    pub comments: Vec<serde_json::Value>,
    pub part_time_resources: Vec<serde_json::Value>,
    pub machines: Vec<serde_json::Value>,
    pub users: Vec<serde_json::Value>,
    pub create_date: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relations: Option<Vec<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marking: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub your_order_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub running_invoice_settings: Option<RunningInvoiceSettings>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed_by_user: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed_by_user_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed_date: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_progress_by_user: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_progress_by_user_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_progress_date: Option<serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified_by_user: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified_by_user_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified_date: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WorkOrderStatus {
    #[serde(rename = "_id")]
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_progress_status: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed_status: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_active: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned_status: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct WorkOrderTag {
    #[serde(rename = "_id")]
    pub id: String,
    #[serde(rename = "tagName", default, skip_serializing_if = "Option::is_none")]
    pub tag_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WorkOrderType {
    #[serde(rename = "_id")]
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_active: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_order_type_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListContactPersonsResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    pub data: Vec<ContactPerson>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetContactPersonResponse {
    pub data: ContactPerson,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListCustomersResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    pub data: Vec<Customer>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetCustomerResponse {
    pub data: Customer,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListDepartmentsResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    pub data: Vec<Department>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetDepartmentResponse {
    pub data: Department,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListDistributorsResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    pub data: Vec<Distributor>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetDistributorResponse {
    pub data: Distributor,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListDistributorContactPersonsResponse {
    pub data: Vec<DistributorContactPerson>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListDriverJournalsResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    pub data: Vec<DriverJournal>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetDriverJournalResponse {
    pub data: DriverJournal,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListDriverJournalTypesResponse {
    pub data: Vec<DriverJournalType>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListExpensesResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    pub data: Vec<Expense>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetExpenseResponse {
    pub data: Expense,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListExpenseItemsResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    pub data: Vec<ExpenseItem>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetExpenseItemResponse {
    pub data: ExpenseItem,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListInvoicesResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    pub data: Vec<Invoice>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetInvoiceResponse {
    pub data: Invoice,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListInvoiceTagsResponse {
    pub data: Vec<InvoiceTag>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListMachinesResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    pub data: Vec<Machine>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetMachineResponse {
    pub data: Machine,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListMachineTypesResponse {
    pub data: Vec<MachineType>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListMachineTimeLogsResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    pub data: Vec<MachineTimeLog>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetMachineTimeLogResponse {
    pub data: MachineTimeLog,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListPriceListsResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    pub data: Vec<PriceList>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetPriceListResponse {
    pub data: PriceList,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListProjectsResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    pub data: Vec<Project>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetProjectResponse {
    pub data: Project,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListProjectStatusesResponse {
    pub data: Vec<ProjectStatus>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListProjectTypesResponse {
    pub data: Vec<ProjectType>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListProjectTagsResponse {
    pub data: Vec<ProjectTag>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListPurchaseOrdersResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    pub data: Vec<PurchaseOrder>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetPurchaseOrderResponse {
    pub data: PurchaseOrder,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListQuotesResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    pub data: Vec<Quote>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetQuoteResponse {
    pub data: Quote,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListQuoteTemplatesResponse {
    pub data: Vec<QuoteTemplate>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListQuoteCategoriesResponse {
    pub data: Vec<QuoteCategory>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListResultUnitsResponse {
    pub data: Vec<ResultUnit>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetResultUnitResponse {
    pub data: ResultUnit,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListSupplementOrdersResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    pub data: Vec<SupplementOrder>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetSupplementOrderResponse {
    pub data: SupplementOrder,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListSupplierInvoicesResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    pub data: Vec<SupplierInvoice>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetSupplierInvoiceResponse {
    pub data: SupplierInvoice,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListTimeLogsResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    pub data: Vec<TimeLog>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetTimeLogResponse {
    pub data: TimeLog,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListTimeCategoriesResponse {
    pub data: Vec<TimeCategory>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetTimeCategoryResponse {
    pub data: TimeCategory,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListUsersResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    pub data: Vec<User>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetUserResponse {
    pub data: User,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListUserRolesResponse {
    pub data: Vec<UserRole>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListDefaultSalaryTypesResponse {
    pub data: Vec<DefaultSalaryType>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListUserSkillsResponse {
    pub data: Vec<UserSkill>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListUserWorkTypesResponse {
    pub data: Vec<UserWorkType>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListVehiclesResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    pub data: Vec<Vehicle>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetVehicleResponse {
    pub data: Vehicle,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListWorkOrdersResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    pub data: Vec<WorkOrder>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetWorkOrderResponse {
    pub data: WorkOrder,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListWorkOrderTypesResponse {
    pub data: Vec<WorkOrderType>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListWorkOrderTagsResponse {
    pub data: Vec<WorkOrderTag>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListWorkOrderStatusesResponse {
    pub data: Vec<WorkOrderStatus>,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListCustomFieldsResponse {
    pub data: Vec<CustomField>,
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
