//! One method per API operation, and request builders for operations with optional parameters.

use super::client::Client;
use super::error::Error;
use super::response::ResponseValue;
use super::runtime::RequestParts;
use super::pagination;
use super::types;

impl Client {
    /// Get Contact Persons
    ///
    /// This endpoint retrieves contact persons.
    ///
    /// E.g. `https://app.seventime.se/api/2/contactPersons/?customerId=5bb26376c4nj551167`
    ///
    /// `GET /contactPersons` (source: `source/includes/_ContactPersons.md:71`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub fn list_contact_persons(&self) -> ListContactPersonsRequest {
        ListContactPersonsRequest {
            client: self.clone(),
            customer_id: None,
            sort_by: None,
            sort_direction: None,
            limit: None,
            page: None,
        }
    }

    /// Every item of [`Client::list_contact_persons`], page after page, fetched lazily.
    pub fn list_contact_persons_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<types::ContactPerson, Error>,
    > + Send + 'static {
        self.list_contact_persons().stream()
    }

    /// Get a specific Contact Person
    ///
    /// This endpoint retrieves a contact person.
    ///
    /// `GET /contactPersons/{id}` (source: `source/includes/_ContactPersons.md:139`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_contact_person(
        &self,
        id: impl Into<String>,
    ) -> Result<types::GetContactPersonResponse, Error> {
        self.get_contact_person_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// [`Client::get_contact_person`] with the response's status and headers.
    pub async fn get_contact_person_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<ResponseValue<types::GetContactPersonResponse>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::get("/contactPersons/{id}", "get_contact_person");
        parts.path_param("id", &id)?;
        self.send_json_with_response(parts).await
    }

    /// Get Customers
    ///
    /// This endpoint retrieves customers.
    ///
    /// E.g. `https://app.seventime.se/api/2/customers/?limit=10&page=1&organizationNumber=555555-5555`
    ///
    /// `GET /customers` (source: `source/includes/_Customers.md:111`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub fn list_customers(&self) -> ListCustomersRequest {
        ListCustomersRequest {
            client: self.clone(),
            name: None,
            customer_number: None,
            organization_number: None,
            city: None,
            sort_by: None,
            sort_direction: None,
            limit: None,
            page: None,
        }
    }

    /// Every item of [`Client::list_customers`], page after page, fetched lazily.
    pub fn list_customers_stream(
        &self,
    ) -> impl futures::Stream<Item = Result<types::Customer, Error>> + Send + 'static {
        self.list_customers().stream()
    }

    /// Update a Customer
    ///
    /// This endpoint updates a customer.
    ///
    /// The table below shows the required fields. Other available fields can be found in the section 'Create a Customer'.
    ///
    /// `PUT /customers` (source: `source/includes/_Customers.md:436`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn update_customer(
        &self,
        body: types::UpdateCustomerRequest,
    ) -> Result<types::Customer, Error> {
        self.update_customer_with_response(body).await.map(ResponseValue::into_inner)
    }

    /// [`Client::update_customer`] with the response's status and headers.
    pub async fn update_customer_with_response(
        &self,
        body: types::UpdateCustomerRequest,
    ) -> Result<ResponseValue<types::Customer>, Error> {
        let mut parts = RequestParts::put("/customers", "update_customer");
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Create a Customer
    ///
    /// This endpoint creates a specific customer.
    ///
    /// Attributes for deliveryAddress
    ///
    /// Attributes for billingSettings
    ///
    /// Attributes for DeductionItem
    ///
    /// DeductionItem is used to distribute ROT / RUT work
    ///
    /// `POST /customers` (source: `source/includes/_Customers.md:302`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn create_customer(
        &self,
        body: types::CreateCustomerRequest,
    ) -> Result<types::Customer, Error> {
        self.create_customer_with_response(body).await.map(ResponseValue::into_inner)
    }

    /// [`Client::create_customer`] with the response's status and headers.
    pub async fn create_customer_with_response(
        &self,
        body: types::CreateCustomerRequest,
    ) -> Result<ResponseValue<types::Customer>, Error> {
        let mut parts = RequestParts::post("/customers", "create_customer");
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Get a specific Customer
    ///
    /// This endpoint retrieves a specific customer.
    ///
    /// `GET /customers/{id}` (source: `source/includes/_Customers.md:226`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_customer(
        &self,
        id: impl Into<String>,
    ) -> Result<types::GetCustomerResponse, Error> {
        self.get_customer_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// [`Client::get_customer`] with the response's status and headers.
    pub async fn get_customer_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<ResponseValue<types::GetCustomerResponse>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::get("/customers/{id}", "get_customer");
        parts.path_param("id", &id)?;
        self.send_json_with_response(parts).await
    }

    /// Get Departments
    ///
    /// This endpoint retrieves departments.
    ///
    /// E.g. `https://app.seventime.se/api/2/departments/?`
    ///
    /// `GET /departments` (source: `source/includes/_Departments.md:63`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub fn list_departments(&self) -> ListDepartmentsRequest {
        ListDepartmentsRequest {
            client: self.clone(),
            sort_by: None,
            sort_direction: None,
            page: None,
            limit: None,
        }
    }

    /// Every item of [`Client::list_departments`], page after page, fetched lazily.
    pub fn list_departments_stream(
        &self,
    ) -> impl futures::Stream<Item = Result<types::Department, Error>> + Send + 'static {
        self.list_departments().stream()
    }

    /// Get a specific Department
    ///
    /// This endpoint retrieves a specific department.
    ///
    /// `GET /departments/{id}` (source: `source/includes/_Departments.md:125`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_department(
        &self,
        id: impl Into<String>,
    ) -> Result<types::GetDepartmentResponse, Error> {
        self.get_department_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// [`Client::get_department`] with the response's status and headers.
    pub async fn get_department_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<ResponseValue<types::GetDepartmentResponse>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::get("/departments/{id}", "get_department");
        parts.path_param("id", &id)?;
        self.send_json_with_response(parts).await
    }

    /// Get Distributors
    ///
    /// This endpoint retrieves distributors.
    ///
    /// `GET /distributors` (source: `source/includes/_Distributors.md:82`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub fn list_distributors(&self) -> ListDistributorsRequest {
        ListDistributorsRequest {
            client: self.clone(),
            name: None,
            sort_by: None,
            sort_direction: None,
            limit: None,
            page: None,
        }
    }

    /// Every item of [`Client::list_distributors`], page after page, fetched lazily.
    pub fn list_distributors_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<types::Distributor, Error>,
    > + Send + 'static {
        self.list_distributors().stream()
    }

    /// Get a specific Distributor
    ///
    /// This endpoint retrieves a specific distributor.
    ///
    /// `GET /distributors/{id}` (source: `source/includes/_Distributors.md:164`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_distributor(
        &self,
        id: impl Into<String>,
    ) -> Result<types::GetDistributorResponse, Error> {
        self.get_distributor_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// [`Client::get_distributor`] with the response's status and headers.
    pub async fn get_distributor_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<ResponseValue<types::GetDistributorResponse>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::get("/distributors/{id}", "get_distributor");
        parts.path_param("id", &id)?;
        self.send_json_with_response(parts).await
    }

    /// Get Distributor Contact Persons
    ///
    /// This endpoint retrieves distributor contact persons.
    ///
    /// `GET /distributorContactPersons` (source: `source/includes/_Distributors.md:234`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub fn list_distributor_contact_persons(
        &self,
    ) -> ListDistributorContactPersonsRequest {
        ListDistributorContactPersonsRequest {
            client: self.clone(),
            distributor: None,
            sort_by: None,
            sort_direction: None,
        }
    }

    /// Get Driver Journals
    ///
    /// This endpoint retrieves driver journals.
    ///
    /// `GET /driverJournals` (source: `source/includes/_DriverJournals.md:86`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub fn list_driver_journals(&self) -> ListDriverJournalsRequest {
        ListDriverJournalsRequest {
            client: self.clone(),
            project_name: None,
            customer_name: None,
            driver_journal_item_type_name: None,
            is_invoiceable: None,
            work_order_title: None,
            work_order_number: None,
            car_registration_number: None,
            start_address: None,
            end_address: None,
            from_date: None,
            to_date: None,
            sort_by: None,
            sort_direction: None,
            limit: None,
            page: None,
        }
    }

    /// Every item of [`Client::list_driver_journals`], page after page, fetched lazily.
    pub fn list_driver_journals_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<types::DriverJournal, Error>,
    > + Send + 'static {
        self.list_driver_journals().stream()
    }

    /// Update a Driver Journal
    ///
    /// This endpoint updates a driver journal
    ///
    /// The table below shows the required fields. Other available fields can be found in the section 'Create a Driver Journal'.
    ///
    /// `PUT /driverJournals` (source: `source/includes/_DriverJournals.md:435`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn update_driver_journal(
        &self,
        body: types::UpdateDriverJournalRequest,
    ) -> Result<types::DriverJournal, Error> {
        self.update_driver_journal_with_response(body)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::update_driver_journal`] with the response's status and headers.
    pub async fn update_driver_journal_with_response(
        &self,
        body: types::UpdateDriverJournalRequest,
    ) -> Result<ResponseValue<types::DriverJournal>, Error> {
        let mut parts = RequestParts::put("/driverJournals", "update_driver_journal");
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Create a Driver Journal
    ///
    /// This endpoint creates a driver journal
    ///
    /// `POST /driverJournals` (source: `source/includes/_DriverJournals.md:340`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn create_driver_journal(
        &self,
        body: types::CreateDriverJournalRequest,
    ) -> Result<types::DriverJournal, Error> {
        self.create_driver_journal_with_response(body)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::create_driver_journal`] with the response's status and headers.
    pub async fn create_driver_journal_with_response(
        &self,
        body: types::CreateDriverJournalRequest,
    ) -> Result<ResponseValue<types::DriverJournal>, Error> {
        let mut parts = RequestParts::post("/driverJournals", "create_driver_journal");
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Delete a Driver Journal
    ///
    /// This endpoint deletes a driver journal
    ///
    /// `DELETE /driverJournals` (source: `source/includes/_DriverJournals.md:495`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn delete_driver_journal(
        &self,
        body: types::DeleteDriverJournalRequest,
    ) -> Result<types::DriverJournal, Error> {
        self.delete_driver_journal_with_response(body)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::delete_driver_journal`] with the response's status and headers.
    pub async fn delete_driver_journal_with_response(
        &self,
        body: types::DeleteDriverJournalRequest,
    ) -> Result<ResponseValue<types::DriverJournal>, Error> {
        let mut parts = RequestParts::delete("/driverJournals", "delete_driver_journal");
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Get a specific Driver Journal
    ///
    /// This endpoint retrieves a specific driver journal.
    ///
    /// `GET /driverJournals/{id}` (source: `source/includes/_DriverJournals.md:184`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_driver_journal(
        &self,
        id: impl Into<String>,
    ) -> Result<types::GetDriverJournalResponse, Error> {
        self.get_driver_journal_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// [`Client::get_driver_journal`] with the response's status and headers.
    pub async fn get_driver_journal_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<ResponseValue<types::GetDriverJournalResponse>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::get("/driverJournals/{id}", "get_driver_journal");
        parts.path_param("id", &id)?;
        self.send_json_with_response(parts).await
    }

    /// Get Driver Journals Types
    ///
    /// This endpoint retrieves driver journals types.
    ///
    /// `GET /driverJournalTypes` (source: `source/includes/_DriverJournals.md:254`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub fn list_driver_journal_types(&self) -> ListDriverJournalTypesRequest {
        ListDriverJournalTypesRequest {
            client: self.clone(),
            sort_by: None,
            sort_direction: None,
        }
    }

    /// Get Expenses
    ///
    /// This endpoint retrieves expenses.
    ///
    /// `GET /expenses` (source: `source/includes/_Expenses.md:98`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub fn list_expenses(&self) -> ListExpensesRequest {
        ListExpensesRequest {
            client: self.clone(),
            name: None,
            article_number: None,
            customer: None,
            project: None,
            distributor: None,
            from_date: None,
            to_date: None,
            sort_by: None,
            sort_direction: None,
            limit: None,
            page: None,
        }
    }

    /// Every item of [`Client::list_expenses`], page after page, fetched lazily.
    pub fn list_expenses_stream(
        &self,
    ) -> impl futures::Stream<Item = Result<types::Expense, Error>> + Send + 'static {
        self.list_expenses().stream()
    }

    /// Update an Expense
    ///
    /// This endpoint updates an expense
    ///
    /// The table below shows the required fields. Other available fields can be found in the section 'Create an Expense'.
    ///
    /// `PUT /expenses` (source: `source/includes/_Expenses.md:564`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn update_expense(
        &self,
        body: types::UpdateExpenseRequest,
    ) -> Result<types::Expense, Error> {
        self.update_expense_with_response(body).await.map(ResponseValue::into_inner)
    }

    /// [`Client::update_expense`] with the response's status and headers.
    pub async fn update_expense_with_response(
        &self,
        body: types::UpdateExpenseRequest,
    ) -> Result<ResponseValue<types::Expense>, Error> {
        let mut parts = RequestParts::put("/expenses", "update_expense");
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Create an Expense
    ///
    /// This endpoint creates an expense
    ///
    /// `POST /expenses` (source: `source/includes/_Expenses.md:462`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn create_expense(
        &self,
        body: types::CreateExpenseRequest,
    ) -> Result<types::Expense, Error> {
        self.create_expense_with_response(body).await.map(ResponseValue::into_inner)
    }

    /// [`Client::create_expense`] with the response's status and headers.
    pub async fn create_expense_with_response(
        &self,
        body: types::CreateExpenseRequest,
    ) -> Result<ResponseValue<types::Expense>, Error> {
        let mut parts = RequestParts::post("/expenses", "create_expense");
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Delete an Expense
    ///
    /// This endpoint deletes an expense
    ///
    /// `DELETE /expenses` (source: `source/includes/_Expenses.md:625`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn delete_expense(
        &self,
        body: types::DeleteExpenseRequest,
    ) -> Result<types::Expense, Error> {
        self.delete_expense_with_response(body).await.map(ResponseValue::into_inner)
    }

    /// [`Client::delete_expense`] with the response's status and headers.
    pub async fn delete_expense_with_response(
        &self,
        body: types::DeleteExpenseRequest,
    ) -> Result<ResponseValue<types::Expense>, Error> {
        let mut parts = RequestParts::delete("/expenses", "delete_expense");
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Get a specific Expense
    ///
    /// This endpoint retrieves a specific expense.
    ///
    /// `GET /expenses/{id}` (source: `source/includes/_Expenses.md:204`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_expense(
        &self,
        id: impl Into<String>,
    ) -> Result<types::GetExpenseResponse, Error> {
        self.get_expense_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// [`Client::get_expense`] with the response's status and headers.
    pub async fn get_expense_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<ResponseValue<types::GetExpenseResponse>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::get("/expenses/{id}", "get_expense");
        parts.path_param("id", &id)?;
        self.send_json_with_response(parts).await
    }

    /// Get Expenses Items
    ///
    /// This endpoint retrieves expense items.
    ///
    /// `GET /expenseItems` (source: `source/includes/_Expenses.md:288`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub fn list_expense_items(&self) -> ListExpenseItemsRequest {
        ListExpenseItemsRequest {
            client: self.clone(),
            name: None,
            article_number: None,
            distributor_name: None,
            description: None,
            parent_expense_item_name: None,
            is_invoiceable: None,
            is_active: None,
            favorite: None,
            sort_by: None,
            sort_direction: None,
            limit: None,
            page: None,
        }
    }

    /// Every item of [`Client::list_expense_items`], page after page, fetched lazily.
    pub fn list_expense_items_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<types::ExpenseItem, Error>,
    > + Send + 'static {
        self.list_expense_items().stream()
    }

    /// Get a specific Expense Item
    ///
    /// This endpoint retrieves a specific expense item.
    ///
    /// `GET /expenseItems/{id}` (source: `source/includes/_Expenses.md:376`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_expense_item(
        &self,
        id: impl Into<String>,
    ) -> Result<types::GetExpenseItemResponse, Error> {
        self.get_expense_item_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// [`Client::get_expense_item`] with the response's status and headers.
    pub async fn get_expense_item_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<ResponseValue<types::GetExpenseItemResponse>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::get("/expenseItems/{id}", "get_expense_item");
        parts.path_param("id", &id)?;
        self.send_json_with_response(parts).await
    }

    /// Get Invoices
    ///
    /// This endpoint retrieves invoices.
    ///
    /// E.g. `https://app.seventime.se/api/2/invoices/?invoiceNumber=24481`
    ///
    /// `GET /invoices` (source: `source/includes/_Invoices.md:206`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub fn list_invoices(&self) -> ListInvoicesRequest {
        ListInvoicesRequest {
            client: self.clone(),
            invoice_number: None,
            ocr_number: None,
            customer_number: None,
            from_invoice_date: None,
            to_invoice_date: None,
            from_due_date: None,
            to_due_date: None,
            sort_by: None,
            sort_direction: None,
            limit: None,
            page: None,
        }
    }

    /// Every item of [`Client::list_invoices`], page after page, fetched lazily.
    pub fn list_invoices_stream(
        &self,
    ) -> impl futures::Stream<Item = Result<types::Invoice, Error>> + Send + 'static {
        self.list_invoices().stream()
    }

    /// Update an Invoice
    ///
    /// This endpoint updates an invoice
    ///
    /// The table below shows the required fields or fields that differ from 'Create an Invoice'. Other available fields can be found in the section 'Create an Invoice'.
    ///
    /// `PUT /invoices` (source: `source/includes/_Invoices.md:842`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn update_invoice(
        &self,
        body: types::UpdateInvoiceRequest,
    ) -> Result<types::Invoice2, Error> {
        self.update_invoice_with_response(body).await.map(ResponseValue::into_inner)
    }

    /// [`Client::update_invoice`] with the response's status and headers.
    pub async fn update_invoice_with_response(
        &self,
        body: types::UpdateInvoiceRequest,
    ) -> Result<ResponseValue<types::Invoice2>, Error> {
        let mut parts = RequestParts::put("/invoices", "update_invoice");
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Create an Invoice
    ///
    /// This endpoint creates an invoice
    ///
    /// Attributes for deliveryAddress
    ///
    /// House properties for ROT/RUT invoices
    ///
    /// Deduction distribution for ROT/RUT invoices
    ///
    /// The field deductionDistribution should be an array containing objects with the attributes shown below
    ///
    /// Attributes for invoiceItems
    ///
    /// The field invoiceItems should be an array containing objects with the attributes shown below
    ///
    /// Item types
    ///
    /// This table contains the different item types used in the field invoiceItems.itemTypes
    ///
    /// Available type of work for ROT/RUT invoices
    ///
    /// `POST /invoices` (source: `source/includes/_Invoices.md:611`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn create_invoice(
        &self,
        body: types::CreateInvoiceRequest,
    ) -> Result<types::Invoice, Error> {
        self.create_invoice_with_response(body).await.map(ResponseValue::into_inner)
    }

    /// [`Client::create_invoice`] with the response's status and headers.
    pub async fn create_invoice_with_response(
        &self,
        body: types::CreateInvoiceRequest,
    ) -> Result<ResponseValue<types::Invoice>, Error> {
        let mut parts = RequestParts::post("/invoices", "create_invoice");
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Get a specific Invoice
    ///
    /// This endpoint retrieves a specific invoice.
    ///
    /// `GET /invoices/{id}` (source: `source/includes/_Invoices.md:440`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_invoice(
        &self,
        id: impl Into<String>,
    ) -> Result<types::GetInvoiceResponse, Error> {
        self.get_invoice_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// [`Client::get_invoice`] with the response's status and headers.
    pub async fn get_invoice_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<ResponseValue<types::GetInvoiceResponse>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::get("/invoices/{id}", "get_invoice");
        parts.path_param("id", &id)?;
        self.send_json_with_response(parts).await
    }

    /// Get Invoice Tags
    ///
    /// This endpoint retrieves invoice tags.
    ///
    /// `GET /invoiceTags` (source: `source/includes/_Invoices.md:502`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub fn list_invoice_tags(&self) -> ListInvoiceTagsRequest {
        ListInvoiceTagsRequest {
            client: self.clone(),
            sort_by: None,
            sort_direction: None,
        }
    }

    /// Get Machines
    ///
    /// This endpoint retrieves machines.
    ///
    /// E.g. `https://app.seventime.se/api/2/machines/?machineNumber=21`
    ///
    /// `GET /machines` (source: `source/includes/_Machines.md:98`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub fn list_machines(&self) -> ListMachinesRequest {
        ListMachinesRequest {
            client: self.clone(),
            name: None,
            machine_number: None,
            machine_type_name: None,
            machine_model: None,
            serial_number: None,
            serviceable: None,
            sort_by: None,
            sort_direction: None,
            limit: None,
            page: None,
        }
    }

    /// Every item of [`Client::list_machines`], page after page, fetched lazily.
    pub fn list_machines_stream(
        &self,
    ) -> impl futures::Stream<Item = Result<types::Machine, Error>> + Send + 'static {
        self.list_machines().stream()
    }

    /// Get a specific Machine
    ///
    /// This endpoint retrieves a specific machine.
    ///
    /// `GET /machines/{id}` (source: `source/includes/_Machines.md:207`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_machine(
        &self,
        id: impl Into<String>,
    ) -> Result<types::GetMachineResponse, Error> {
        self.get_machine_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// [`Client::get_machine`] with the response's status and headers.
    pub async fn get_machine_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<ResponseValue<types::GetMachineResponse>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::get("/machines/{id}", "get_machine");
        parts.path_param("id", &id)?;
        self.send_json_with_response(parts).await
    }

    /// Get Machine Types
    ///
    /// This endpoint retrieves machine types.
    ///
    /// `GET /machineTypes` (source: `source/includes/_Machines.md:270`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub fn list_machine_types(&self) -> ListMachineTypesRequest {
        ListMachineTypesRequest {
            client: self.clone(),
            sort_by: None,
            sort_direction: None,
        }
    }

    /// Get Machine Time Logs
    ///
    /// This endpoint retrieves machine time logs.
    ///
    /// `GET /machineTimeLogs` (source: `source/includes/_MachineTimeLogs.md:85`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub fn list_machine_time_logs(&self) -> ListMachineTimeLogsRequest {
        ListMachineTimeLogsRequest {
            client: self.clone(),
            from_date: None,
            to_date: None,
            sort_by: None,
            sort_direction: None,
            limit: None,
            page: None,
        }
    }

    /// Every item of [`Client::list_machine_time_logs`], page after page, fetched lazily.
    pub fn list_machine_time_logs_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<types::MachineTimeLog, Error>,
    > + Send + 'static {
        self.list_machine_time_logs().stream()
    }

    /// Get a specific Machine Time Log
    ///
    /// This endpoint retrieves a specific machine time log.
    ///
    /// `GET /machineTimeLogs/{id}` (source: `source/includes/_MachineTimeLogs.md:171`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_machine_time_log(
        &self,
        id: impl Into<String>,
    ) -> Result<types::GetMachineTimeLogResponse, Error> {
        self.get_machine_time_log_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// [`Client::get_machine_time_log`] with the response's status and headers.
    pub async fn get_machine_time_log_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<ResponseValue<types::GetMachineTimeLogResponse>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::get(
            "/machineTimeLogs/{id}",
            "get_machine_time_log",
        );
        parts.path_param("id", &id)?;
        self.send_json_with_response(parts).await
    }

    /// Get price lists
    ///
    /// This endpoint retrieves price lists.
    ///
    /// `GET /priceLists` (source: `source/includes/_PriceLists.md:60`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub fn list_price_lists(&self) -> ListPriceListsRequest {
        ListPriceListsRequest {
            client: self.clone(),
            sort_by: None,
            sort_direction: None,
            limit: None,
            page: None,
        }
    }

    /// Every item of [`Client::list_price_lists`], page after page, fetched lazily.
    pub fn list_price_lists_stream(
        &self,
    ) -> impl futures::Stream<Item = Result<types::PriceList, Error>> + Send + 'static {
        self.list_price_lists().stream()
    }

    /// Get a specific Price List
    ///
    /// This endpoint retrieves a specific price list.
    ///
    /// `GET /priceLists/{id}` (source: `source/includes/_PriceLists.md:118`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_price_list(
        &self,
        id: impl Into<String>,
    ) -> Result<types::GetPriceListResponse, Error> {
        self.get_price_list_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// [`Client::get_price_list`] with the response's status and headers.
    pub async fn get_price_list_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<ResponseValue<types::GetPriceListResponse>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::get("/priceLists/{id}", "get_price_list");
        parts.path_param("id", &id)?;
        self.send_json_with_response(parts).await
    }

    /// Get Projects
    ///
    /// This endpoint retrieves projects.
    ///
    /// E.g. `https://app.seventime.se/api/2/projects/?projectNumber=3314`
    ///
    /// `GET /projects` (source: `source/includes/_Projects.md:158`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub fn list_projects(&self) -> ListProjectsRequest {
        ListProjectsRequest {
            client: self.clone(),
            name: None,
            project_number: None,
            sort_by: None,
            sort_direction: None,
            limit: None,
            page: None,
        }
    }

    /// Every item of [`Client::list_projects`], page after page, fetched lazily.
    pub fn list_projects_stream(
        &self,
    ) -> impl futures::Stream<Item = Result<types::Project, Error>> + Send + 'static {
        self.list_projects().stream()
    }

    /// Update a Project
    ///
    /// This endpoint updates a project.
    ///
    /// The table below shows the required fields. Other available fields can be found in the section 'Create a Project'.
    ///
    /// `PUT /projects` (source: `source/includes/_Projects.md:719`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub fn update_project(
        &self,
        body: types::UpdateProjectRequest,
    ) -> UpdateProjectRequest {
        UpdateProjectRequest {
            client: self.clone(),
            id: None,
            modified_by_user: None,
            name: None,
            customer: None,
            body,
        }
    }

    /// Create a Project
    ///
    /// This endpoint creates a project.
    ///
    /// Invoice statuses for projects
    ///
    /// Billing methods for projects
    ///
    /// Attributes for deliveryAddress
    ///
    /// `POST /projects` (source: `source/includes/_Projects.md:585`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn create_project(
        &self,
        body: types::CreateProjectRequest,
    ) -> Result<types::Project, Error> {
        self.create_project_with_response(body).await.map(ResponseValue::into_inner)
    }

    /// [`Client::create_project`] with the response's status and headers.
    pub async fn create_project_with_response(
        &self,
        body: types::CreateProjectRequest,
    ) -> Result<ResponseValue<types::Project>, Error> {
        let mut parts = RequestParts::post("/projects", "create_project");
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Get a specific project
    ///
    /// This endpoint retrieves a specific project.
    ///
    /// `GET /projects/{id}` (source: `source/includes/_Projects.md:321`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_project(
        &self,
        id: impl Into<String>,
    ) -> Result<types::GetProjectResponse, Error> {
        self.get_project_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// [`Client::get_project`] with the response's status and headers.
    pub async fn get_project_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<ResponseValue<types::GetProjectResponse>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::get("/projects/{id}", "get_project");
        parts.path_param("id", &id)?;
        self.send_json_with_response(parts).await
    }

    /// Get Project statuses
    ///
    /// This endpoint retrieves project statuses.
    ///
    /// `GET /projectStatuses` (source: `source/includes/_Projects.md:386`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub fn list_project_statuses(&self) -> ListProjectStatusesRequest {
        ListProjectStatusesRequest {
            client: self.clone(),
            sort_by: None,
            sort_direction: None,
        }
    }

    /// Get Project types
    ///
    /// This endpoint retrieves project types.
    ///
    /// `GET /projectTypes` (source: `source/includes/_Projects.md:449`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub fn list_project_types(&self) -> ListProjectTypesRequest {
        ListProjectTypesRequest {
            client: self.clone(),
            sort_by: None,
            sort_direction: None,
        }
    }

    /// Get Project tags
    ///
    /// This endpoint retrieves project tags.
    ///
    /// `GET /projectTags` (source: `source/includes/_Projects.md:512`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub fn list_project_tags(&self) -> ListProjectTagsRequest {
        ListProjectTagsRequest {
            client: self.clone(),
            sort_by: None,
            sort_direction: None,
        }
    }

    /// Get Purchase Orders
    ///
    /// This endpoint retrieves purchase orders.
    ///
    /// `GET /purchaseOrders` (source: `source/includes/_PurchaseOrders.md:141`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub fn list_purchase_orders(&self) -> ListPurchaseOrdersRequest {
        ListPurchaseOrdersRequest {
            client: self.clone(),
            purchase_order_name: None,
            purchase_order_info_name: None,
            purchase_order_number: None,
            purchase_order_status: None,
            distributor: None,
            project: None,
            work_order: None,
            work_order_number: None,
            sort_by: None,
            sort_direction: None,
            limit: None,
            page: None,
        }
    }

    /// Every item of [`Client::list_purchase_orders`], page after page, fetched lazily.
    pub fn list_purchase_orders_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<types::PurchaseOrder, Error>,
    > + Send + 'static {
        self.list_purchase_orders().stream()
    }

    /// Update a Purchase Order
    ///
    /// This endpoint updates a purchase order
    ///
    /// The table below shows the required fields. Other available fields can be found in the section 'Create a Purchase Order'.
    ///
    /// `PUT /purchaseOrders` (source: `source/includes/_PurchaseOrders.md:602`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn update_purchase_order(
        &self,
        body: types::UpdatePurchaseOrderRequest,
    ) -> Result<types::PurchaseOrder, Error> {
        self.update_purchase_order_with_response(body)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::update_purchase_order`] with the response's status and headers.
    pub async fn update_purchase_order_with_response(
        &self,
        body: types::UpdatePurchaseOrderRequest,
    ) -> Result<ResponseValue<types::PurchaseOrder>, Error> {
        let mut parts = RequestParts::put("/purchaseOrders", "update_purchase_order");
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Create a Purchase Order
    ///
    /// This endpoint creates a purchase order
    ///
    /// Purchase order statuses
    ///
    /// Attributes for deliveryAddress & invoiceAddress
    ///
    /// Attributes for invoiceItems
    ///
    /// The field invoiceItems should be an array containing objects with the attributes shown below
    ///
    /// Item types
    ///
    /// This table contains the different item types used in the field invoiceItems.itemTypes
    ///
    /// `POST /purchaseOrders` (source: `source/includes/_PurchaseOrders.md:407`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn create_purchase_order(
        &self,
        body: types::CreatePurchaseOrderRequest,
    ) -> Result<types::PurchaseOrder, Error> {
        self.create_purchase_order_with_response(body)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::create_purchase_order`] with the response's status and headers.
    pub async fn create_purchase_order_with_response(
        &self,
        body: types::CreatePurchaseOrderRequest,
    ) -> Result<ResponseValue<types::PurchaseOrder>, Error> {
        let mut parts = RequestParts::post("/purchaseOrders", "create_purchase_order");
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Delete a Purchase Order
    ///
    /// This endpoint deletes a purchase order
    ///
    /// `DELETE /purchaseOrders` (source: `source/includes/_PurchaseOrders.md:665`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn delete_purchase_order(
        &self,
        body: types::DeletePurchaseOrderRequest,
    ) -> Result<types::PurchaseOrder, Error> {
        self.delete_purchase_order_with_response(body)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::delete_purchase_order`] with the response's status and headers.
    pub async fn delete_purchase_order_with_response(
        &self,
        body: types::DeletePurchaseOrderRequest,
    ) -> Result<ResponseValue<types::PurchaseOrder>, Error> {
        let mut parts = RequestParts::delete("/purchaseOrders", "delete_purchase_order");
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Get a specific Purchase Order
    ///
    /// This endpoint retrieves a specific purchase order.
    ///
    /// `GET /purchaseOrders/{id}` (source: `source/includes/_PurchaseOrders.md:288`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_purchase_order(
        &self,
        id: impl Into<String>,
    ) -> Result<types::GetPurchaseOrderResponse, Error> {
        self.get_purchase_order_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// [`Client::get_purchase_order`] with the response's status and headers.
    pub async fn get_purchase_order_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<ResponseValue<types::GetPurchaseOrderResponse>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::get("/purchaseOrders/{id}", "get_purchase_order");
        parts.path_param("id", &id)?;
        self.send_json_with_response(parts).await
    }

    /// Get Quotes
    ///
    /// This endpoint retrieves quotes.
    ///
    /// `GET /quotes` (source: `source/includes/_Quotes.md:260`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub fn list_quotes(&self) -> ListQuotesRequest {
        ListQuotesRequest {
            client: self.clone(),
            quote_name: None,
            quote_number: None,
            from_quote_date: None,
            to_quote_date: None,
            from_valid_to_date: None,
            to_valid_to_date: None,
            sort_by: None,
            sort_direction: None,
            limit: None,
            page: None,
        }
    }

    /// Every item of [`Client::list_quotes`], page after page, fetched lazily.
    pub fn list_quotes_stream(
        &self,
    ) -> impl futures::Stream<Item = Result<types::Quote, Error>> + Send + 'static {
        self.list_quotes().stream()
    }

    /// Get a specific Quote
    ///
    /// This endpoint retrieves a specific quote.
    ///
    /// `GET /quotes/{id}` (source: `source/includes/_Quotes.md:524`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_quote(
        &self,
        id: impl Into<String>,
    ) -> Result<types::GetQuoteResponse, Error> {
        self.get_quote_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// [`Client::get_quote`] with the response's status and headers.
    pub async fn get_quote_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<ResponseValue<types::GetQuoteResponse>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::get("/quotes/{id}", "get_quote");
        parts.path_param("id", &id)?;
        self.send_json_with_response(parts).await
    }

    /// Get Quote Templates
    ///
    /// This endpoint retrieves quote templates.
    ///
    /// `GET /quoteTemplates` (source: `source/includes/_Quotes.md:622`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub fn list_quote_templates(&self) -> ListQuoteTemplatesRequest {
        ListQuoteTemplatesRequest {
            client: self.clone(),
            template_name: None,
            sort_by: None,
            sort_direction: None,
        }
    }

    /// Get Quote Categories
    ///
    /// This endpoint retrieves quote categories.
    ///
    /// `GET /quoteCategories` (source: `source/includes/_Quotes.md:684`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub fn list_quote_categories(&self) -> ListQuoteCategoriesRequest {
        ListQuoteCategoriesRequest {
            client: self.clone(),
            quote_category_name: None,
            sort_by: None,
            sort_direction: None,
        }
    }

    /// Get Result Units
    ///
    /// This endpoint retrieves purchase orders.
    ///
    /// `GET /resultUnits` (source: `source/includes/_ResultUnits.md:55`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub fn list_result_units(&self) -> ListResultUnitsRequest {
        ListResultUnitsRequest {
            client: self.clone(),
            sort_by: None,
            sort_direction: None,
        }
    }

    /// Get a specific Result Unit
    ///
    /// This endpoint retrieves a specific result unit.
    ///
    /// `GET /resultUnits/{id}` (source: `source/includes/_ResultUnits.md:113`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_result_unit(
        &self,
        id: impl Into<String>,
    ) -> Result<types::GetResultUnitResponse, Error> {
        self.get_result_unit_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// [`Client::get_result_unit`] with the response's status and headers.
    pub async fn get_result_unit_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<ResponseValue<types::GetResultUnitResponse>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::get("/resultUnits/{id}", "get_result_unit");
        parts.path_param("id", &id)?;
        self.send_json_with_response(parts).await
    }

    /// Get Supplement Orders
    ///
    /// This endpoint retrieves supplement orders.
    ///
    /// `GET /supplementOrders` (source: `source/includes/_SupplementOrders.md:146`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub fn list_supplement_orders(&self) -> ListSupplementOrdersRequest {
        ListSupplementOrdersRequest {
            client: self.clone(),
            project: None,
            sort_by: None,
            sort_direction: None,
            page: None,
            limit: None,
        }
    }

    /// Every item of [`Client::list_supplement_orders`], page after page, fetched lazily.
    pub fn list_supplement_orders_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<types::SupplementOrder, Error>,
    > + Send + 'static {
        self.list_supplement_orders().stream()
    }

    /// Get a specific Supplement Order
    ///
    /// This endpoint retrieves a specific supplement order.
    ///
    /// `GET /supplementOrders/{id}` (source: `source/includes/_SupplementOrders.md:293`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_supplement_order(
        &self,
        id: impl Into<String>,
    ) -> Result<types::GetSupplementOrderResponse, Error> {
        self.get_supplement_order_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// [`Client::get_supplement_order`] with the response's status and headers.
    pub async fn get_supplement_order_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<ResponseValue<types::GetSupplementOrderResponse>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::get(
            "/supplementOrders/{id}",
            "get_supplement_order",
        );
        parts.path_param("id", &id)?;
        self.send_json_with_response(parts).await
    }

    /// Get supplier invoices
    ///
    /// This endpoint retrieves supplier invoices.
    ///
    /// E.g. `https://app.seventime.se/api/2/supplierInvoices/?supplierInvoiceNumber=9316`
    ///
    /// `GET /supplierInvoices` (source: `source/includes/_SupplierInvoices.md:138`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub fn list_supplier_invoices(&self) -> ListSupplierInvoicesRequest {
        ListSupplierInvoicesRequest {
            client: self.clone(),
            supplier_invoice_number: None,
            supplier_invoice_status: None,
            project: None,
            customer: None,
            work_order: None,
            work_order_number: None,
            distributor: None,
            from_invoice_date: None,
            to_invoice_date: None,
            is_invoiceable: None,
            sort_by: None,
            sort_direction: None,
            limit: None,
            page: None,
        }
    }

    /// Every item of [`Client::list_supplier_invoices`], page after page, fetched lazily.
    pub fn list_supplier_invoices_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<types::SupplierInvoice, Error>,
    > + Send + 'static {
        self.list_supplier_invoices().stream()
    }

    /// Update a Supplier Invoice
    ///
    /// This endpoint updates a supplier invoice
    ///
    /// The table below shows the required fields. Other available fields can be found in the section 'Create an Invoice'.
    ///
    /// `PUT /supplierInvoices` (source: `source/includes/_SupplierInvoices.md:518`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn update_supplier_invoice(
        &self,
        body: types::UpdateSupplierInvoiceRequest,
    ) -> Result<types::SupplierInvoice, Error> {
        self.update_supplier_invoice_with_response(body)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::update_supplier_invoice`] with the response's status and headers.
    pub async fn update_supplier_invoice_with_response(
        &self,
        body: types::UpdateSupplierInvoiceRequest,
    ) -> Result<ResponseValue<types::SupplierInvoice>, Error> {
        let mut parts = RequestParts::put(
            "/supplierInvoices",
            "update_supplier_invoice",
        );
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Create a Supplier Invoice
    ///
    /// This endpoint creates a supplier invoice
    ///
    /// Attributes for invoiceItems
    ///
    /// The field invoiceItems should be an array containing objects with the attributes shown below
    ///
    /// Item types
    ///
    /// This table contains the different item types used in the field invoiceItems.itemTypes
    ///
    /// `POST /supplierInvoices` (source: `source/includes/_SupplierInvoices.md:374`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn create_supplier_invoice(
        &self,
        body: types::CreateSupplierInvoiceRequest,
    ) -> Result<types::SupplierInvoice, Error> {
        self.create_supplier_invoice_with_response(body)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::create_supplier_invoice`] with the response's status and headers.
    pub async fn create_supplier_invoice_with_response(
        &self,
        body: types::CreateSupplierInvoiceRequest,
    ) -> Result<ResponseValue<types::SupplierInvoice>, Error> {
        let mut parts = RequestParts::post(
            "/supplierInvoices",
            "create_supplier_invoice",
        );
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Delete a Supplier Invoice
    ///
    /// This endpoint deletes a supplier invoice
    ///
    /// `DELETE /supplierInvoices` (source: `source/includes/_SupplierInvoices.md:580`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn delete_supplier_invoice(
        &self,
        body: types::DeleteSupplierInvoiceRequest,
    ) -> Result<types::SupplierInvoice, Error> {
        self.delete_supplier_invoice_with_response(body)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::delete_supplier_invoice`] with the response's status and headers.
    pub async fn delete_supplier_invoice_with_response(
        &self,
        body: types::DeleteSupplierInvoiceRequest,
    ) -> Result<ResponseValue<types::SupplierInvoice>, Error> {
        let mut parts = RequestParts::delete(
            "/supplierInvoices",
            "delete_supplier_invoice",
        );
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Get a specific Supplier Invoice
    ///
    /// This endpoint retrieves a specific supplier invoice.
    ///
    /// `GET /supplierInvoices/{id}` (source: `source/includes/_SupplierInvoices.md:289`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_supplier_invoice(
        &self,
        id: impl Into<String>,
    ) -> Result<types::GetSupplierInvoiceResponse, Error> {
        self.get_supplier_invoice_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// [`Client::get_supplier_invoice`] with the response's status and headers.
    pub async fn get_supplier_invoice_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<ResponseValue<types::GetSupplierInvoiceResponse>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::get(
            "/supplierInvoices/{id}",
            "get_supplier_invoice",
        );
        parts.path_param("id", &id)?;
        self.send_json_with_response(parts).await
    }

    /// Get Time Logs
    ///
    /// This endpoint retrieves machines time logs.
    ///
    /// `GET /timeLogs` (source: `source/includes/_TimeLogs.md:103`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub fn list_time_logs(&self) -> ListTimeLogsRequest {
        ListTimeLogsRequest {
            client: self.clone(),
            user: None,
            customer: None,
            project: None,
            task: None,
            category: None,
            work_order: None,
            work_order_number: None,
            timestamp: None,
            end_timestamp: None,
            sort_by: None,
            sort_direction: None,
            limit: None,
            page: None,
        }
    }

    /// Every item of [`Client::list_time_logs`], page after page, fetched lazily.
    pub fn list_time_logs_stream(
        &self,
    ) -> impl futures::Stream<Item = Result<types::TimeLog, Error>> + Send + 'static {
        self.list_time_logs().stream()
    }

    /// Update a Time Log
    ///
    /// This endpoint updates a time log
    ///
    /// The table below shows the required fields. Other available fields can be found in the section 'Create a Time Log'.
    ///
    /// `PUT /timeLogs` (source: `source/includes/_TimeLogs.md:533`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn update_time_log(
        &self,
        body: types::UpdateTimeLogRequest,
    ) -> Result<types::TimeLog, Error> {
        self.update_time_log_with_response(body).await.map(ResponseValue::into_inner)
    }

    /// [`Client::update_time_log`] with the response's status and headers.
    pub async fn update_time_log_with_response(
        &self,
        body: types::UpdateTimeLogRequest,
    ) -> Result<ResponseValue<types::TimeLog>, Error> {
        let mut parts = RequestParts::put("/timeLogs", "update_time_log");
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Create a Time Log
    ///
    /// This endpoint creates a time log
    ///
    /// `POST /timeLogs` (source: `source/includes/_TimeLogs.md:438`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn create_time_log(
        &self,
        body: types::CreateTimeLogRequest,
    ) -> Result<types::TimeLog, Error> {
        self.create_time_log_with_response(body).await.map(ResponseValue::into_inner)
    }

    /// [`Client::create_time_log`] with the response's status and headers.
    pub async fn create_time_log_with_response(
        &self,
        body: types::CreateTimeLogRequest,
    ) -> Result<ResponseValue<types::TimeLog>, Error> {
        let mut parts = RequestParts::post("/timeLogs", "create_time_log");
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Delete a Time Log
    ///
    /// This endpoint deletes a time log
    ///
    /// `DELETE /timeLogs` (source: `source/includes/_TimeLogs.md:593`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn delete_time_log(
        &self,
        body: types::DeleteTimeLogRequest,
    ) -> Result<types::TimeLog, Error> {
        self.delete_time_log_with_response(body).await.map(ResponseValue::into_inner)
    }

    /// [`Client::delete_time_log`] with the response's status and headers.
    pub async fn delete_time_log_with_response(
        &self,
        body: types::DeleteTimeLogRequest,
    ) -> Result<ResponseValue<types::TimeLog>, Error> {
        let mut parts = RequestParts::delete("/timeLogs", "delete_time_log");
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Get a specific Time Log
    ///
    /// This endpoint retrieves a specific time log.
    ///
    /// `GET /timeLogs/{id}` (source: `source/includes/_TimeLogs.md:217`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_time_log(
        &self,
        id: impl Into<String>,
    ) -> Result<types::GetTimeLogResponse, Error> {
        self.get_time_log_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// [`Client::get_time_log`] with the response's status and headers.
    pub async fn get_time_log_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<ResponseValue<types::GetTimeLogResponse>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::get("/timeLogs/{id}", "get_time_log");
        parts.path_param("id", &id)?;
        self.send_json_with_response(parts).await
    }

    /// Get Time Categories
    ///
    /// This endpoint retrieves time categories.
    ///
    /// `GET /timeCategories` (source: `source/includes/_TimeLogs.md:289`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub fn list_time_categories(&self) -> ListTimeCategoriesRequest {
        ListTimeCategoriesRequest {
            client: self.clone(),
            sort_by: None,
            sort_direction: None,
        }
    }

    /// Get a specific Time Category
    ///
    /// This endpoint retrieves a specific time category.
    ///
    /// `GET /timeCategories/{id}` (source: `source/includes/_TimeLogs.md:359`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_time_category(
        &self,
        id: impl Into<String>,
    ) -> Result<types::GetTimeCategoryResponse, Error> {
        self.get_time_category_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// [`Client::get_time_category`] with the response's status and headers.
    pub async fn get_time_category_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<ResponseValue<types::GetTimeCategoryResponse>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::get("/timeCategories/{id}", "get_time_category");
        parts.path_param("id", &id)?;
        self.send_json_with_response(parts).await
    }

    /// Get Users
    ///
    /// This endpoint retrieves users.
    ///
    /// E.g. `https://app.seventime.se/api/2/users/?name=Anna Andersson`
    ///
    /// `GET /users` (source: `source/includes/_Users.md:71`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub fn list_users(&self) -> ListUsersRequest {
        ListUsersRequest {
            client: self.clone(),
            name: None,
            person_number: None,
            department: None,
            user_role: None,
            is_active: None,
            is_activated: None,
            default_salary_type: None,
            user_skills: None,
            sort_by: None,
            sort_direction: None,
            limit: None,
            page: None,
        }
    }

    /// Every item of [`Client::list_users`], page after page, fetched lazily.
    pub fn list_users_stream(
        &self,
    ) -> impl futures::Stream<Item = Result<types::User, Error>> + Send + 'static {
        self.list_users().stream()
    }

    /// Update a User
    ///
    /// This endpoint updates a specific user.
    ///
    /// The table below shows the required fields. Other available fields can be found in the section 'Create a User'.
    ///
    /// `PUT /users` (source: `source/includes/_Users.md:567`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn update_user(
        &self,
        body: types::UpdateUserRequest,
    ) -> Result<types::User, Error> {
        self.update_user_with_response(body).await.map(ResponseValue::into_inner)
    }

    /// [`Client::update_user`] with the response's status and headers.
    pub async fn update_user_with_response(
        &self,
        body: types::UpdateUserRequest,
    ) -> Result<ResponseValue<types::User>, Error> {
        let mut parts = RequestParts::put("/users", "update_user");
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Create a User
    ///
    /// This endpoint creates a user.
    ///
    /// `POST /users` (source: `source/includes/_Users.md:485`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn create_user(
        &self,
        body: types::CreateUserRequest,
    ) -> Result<types::User, Error> {
        self.create_user_with_response(body).await.map(ResponseValue::into_inner)
    }

    /// [`Client::create_user`] with the response's status and headers.
    pub async fn create_user_with_response(
        &self,
        body: types::CreateUserRequest,
    ) -> Result<ResponseValue<types::User>, Error> {
        let mut parts = RequestParts::post("/users", "create_user");
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Get a specific User
    ///
    /// This endpoint retrieves a specific user
    ///
    /// `GET /users/{id}` (source: `source/includes/_Users.md:153`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_user(
        &self,
        id: impl Into<String>,
    ) -> Result<types::GetUserResponse, Error> {
        self.get_user_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// [`Client::get_user`] with the response's status and headers.
    pub async fn get_user_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<ResponseValue<types::GetUserResponse>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::get("/users/{id}", "get_user");
        parts.path_param("id", &id)?;
        self.send_json_with_response(parts).await
    }

    /// Get User Roles
    ///
    /// This endpoint retrieves user roles.
    ///
    /// `GET /userRoles` (source: `source/includes/_Users.md:214`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub fn list_user_roles(&self) -> ListUserRolesRequest {
        ListUserRolesRequest {
            client: self.clone(),
            sort_by: None,
            sort_direction: None,
        }
    }

    /// Get User Salary types
    ///
    /// This endpoint retrieves user salary types.
    ///
    /// `GET /defaultSalaryTypes` (source: `source/includes/_Users.md:286`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub fn list_default_salary_types(&self) -> ListDefaultSalaryTypesRequest {
        ListDefaultSalaryTypesRequest {
            client: self.clone(),
            sort_by: None,
            sort_direction: None,
        }
    }

    /// Get User Skills
    ///
    /// This endpoint retrieves user skills.
    ///
    /// `GET /userSkills` (source: `source/includes/_Users.md:349`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub fn list_user_skills(&self) -> ListUserSkillsRequest {
        ListUserSkillsRequest {
            client: self.clone(),
            sort_by: None,
            sort_direction: None,
        }
    }

    /// Get User Work Types
    ///
    /// This endpoint retrieves user roles.
    ///
    /// `GET /userWorkTypes` (source: `source/includes/_Users.md:411`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub fn list_user_work_types(&self) -> ListUserWorkTypesRequest {
        ListUserWorkTypesRequest {
            client: self.clone(),
            sort_by: None,
            sort_direction: None,
        }
    }

    /// Get Vehicles
    ///
    /// This endpoint retrieves vehicles.
    ///
    /// `GET /vehicles` (source: `source/includes/_Vehicles.md:61`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub fn list_vehicles(&self) -> ListVehiclesRequest {
        ListVehiclesRequest {
            client: self.clone(),
            sort_by: None,
            sort_direction: None,
            limit: None,
            page: None,
        }
    }

    /// Every item of [`Client::list_vehicles`], page after page, fetched lazily.
    pub fn list_vehicles_stream(
        &self,
    ) -> impl futures::Stream<Item = Result<types::Vehicle, Error>> + Send + 'static {
        self.list_vehicles().stream()
    }

    /// Get a specific Vehicles
    ///
    /// This endpoint retrieves a specific vehicle.
    ///
    /// `GET /vehicles/{id}` (source: `source/includes/_Vehicles.md:121`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_vehicle(
        &self,
        id: impl Into<String>,
    ) -> Result<types::GetVehicleResponse, Error> {
        self.get_vehicle_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// [`Client::get_vehicle`] with the response's status and headers.
    pub async fn get_vehicle_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<ResponseValue<types::GetVehicleResponse>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::get("/vehicles/{id}", "get_vehicle");
        parts.path_param("id", &id)?;
        self.send_json_with_response(parts).await
    }

    /// Get Work Orders
    ///
    /// This endpoint retrieves work orders.
    ///
    /// E.g. `https://app.seventime.se/api/2/workOrders/?workOrderNumber=5555`
    ///
    /// `GET /workOrders` (source: `source/includes/_WorkOrders.md:94`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub fn list_work_orders(&self) -> ListWorkOrdersRequest {
        ListWorkOrdersRequest {
            client: self.clone(),
            title: None,
            work_order_number: None,
            project: None,
            user: None,
            customer: None,
            sort_by: None,
            sort_direction: None,
            limit: None,
            page: None,
        }
    }

    /// Every item of [`Client::list_work_orders`], page after page, fetched lazily.
    pub fn list_work_orders_stream(
        &self,
    ) -> impl futures::Stream<Item = Result<types::WorkOrder, Error>> + Send + 'static {
        self.list_work_orders().stream()
    }

    /// Update a Work order
    ///
    /// This endpoint updates a work order.
    ///
    /// The table below shows the required fields. Other available fields can be found in the section 'Create a Work Order'.
    ///
    /// `PUT /workOrders` (source: `source/includes/_WorkOrders.md:683`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn update_work_order(
        &self,
        body: types::UpdateWorkOrderRequest,
    ) -> Result<types::WorkOrder, Error> {
        self.update_work_order_with_response(body).await.map(ResponseValue::into_inner)
    }

    /// [`Client::update_work_order`] with the response's status and headers.
    pub async fn update_work_order_with_response(
        &self,
        body: types::UpdateWorkOrderRequest,
    ) -> Result<ResponseValue<types::WorkOrder>, Error> {
        let mut parts = RequestParts::put("/workOrders", "update_work_order");
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Create a Work order
    ///
    /// This endpoint creates a work order.
    ///
    /// Colors for work orders
    ///
    /// <span style="width: 16px; height: 16px; background: #9c27b0;">    </span> - 9c27b0 <br>
    /// <span style="width: 16px; height: 16px; background: #673ab7;">    </span> - 673ab7 <br>
    /// <span style="width: 16px; height: 16px; background: #7C4DFF;">    </span> - 7C4DFF <br>
    /// <span style="width: 16px; height: 16px; background: #3F51B5;">    </span> - 3F51B5 <br>
    /// <span style="width: 16px; height: 16px; background: #3a87ad;">    </span> - 3a87ad <br>
    ///
    /// <span style="width: 16px; height: 16px; background: #2196F3;">    </span> - 2196F3 <br>
    /// <span style="width: 16px; height: 16px; background: #03A9F4;">    </span> - 03A9F4 <br>
    /// <span style="width: 16px; height: 16px; background: #00BCD4;">    </span> - 00BCD4 <br>
    /// <span style="width: 16px; height: 16px; background: #009688;">    </span> - 009688 <br>
    /// <span style="width: 16px; height: 16px; background: #468847;">    </span> - 468847 <br>
    ///
    /// <span style="width: 16px; height: 16px; background: #4CAF50;">    </span> - 4CAF50 <br>
    /// <span style="width: 16px; height: 16px; background: #8BC34A;">    </span> - 8BC34A <br>
    /// <span style="width: 16px; height: 16px; background: #CDDC39;">    </span> - CDDC39 <br>
    /// <span style="width: 16px; height: 16px; background: #FF9800;">    </span> - FF9800 <br>
    /// <span style="width: 16px; height: 16px; background: #FF5722;">    </span> - FF5722 <br>
    ///
    /// <span style="width: 16px; height: 16px; background: #f44336;">    </span> - f44336 <br>
    /// <span style="width: 16px; height: 16px; background: #e91e63;">    </span> - e91e63 <br>
    /// <span style="width: 16px; height: 16px; background: #795548;">    </span> - 795548 <br>
    /// <span style="width: 16px; height: 16px; background: #5D4037;">    </span> - 5D4037 <br>
    /// <span style="width: 16px; height: 16px; background: #999999;">    </span> - 999999 <br>
    ///
    /// <span style="width: 16px; height: 16px; background: #666666;">    </span> - 666666 <br>
    /// <span style="width: 16px; height: 16px; background: #333333;">    </span> - 333333 <br>
    /// <span style="width: 16px; height: 16px; background: #000000;">    </span> - 000000 <br>
    /// <span style="width: 16px; height: 16px; background: #FAFAFA;">    </span> - FAFAFA <br>
    ///
    /// Invoice statuses for work orders
    ///
    /// Billing methods for work orders
    ///
    /// Attributes for workAddress
    ///
    /// `POST /workOrders` (source: `source/includes/_WorkOrders.md:473`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn create_work_order(
        &self,
        body: types::CreateWorkOrderRequest,
    ) -> Result<types::WorkOrder, Error> {
        self.create_work_order_with_response(body).await.map(ResponseValue::into_inner)
    }

    /// [`Client::create_work_order`] with the response's status and headers.
    pub async fn create_work_order_with_response(
        &self,
        body: types::CreateWorkOrderRequest,
    ) -> Result<ResponseValue<types::WorkOrder>, Error> {
        let mut parts = RequestParts::post("/workOrders", "create_work_order");
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Get a specific Work order
    ///
    /// This endpoint retrieves a specific work order.
    ///
    /// `GET /workOrders/{id}` (source: `source/includes/_WorkOrders.md:198`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_work_order(
        &self,
        id: impl Into<String>,
    ) -> Result<types::GetWorkOrderResponse, Error> {
        self.get_work_order_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// [`Client::get_work_order`] with the response's status and headers.
    pub async fn get_work_order_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<ResponseValue<types::GetWorkOrderResponse>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::get("/workOrders/{id}", "get_work_order");
        parts.path_param("id", &id)?;
        self.send_json_with_response(parts).await
    }

    /// Get work order types
    ///
    /// This endpoint retrieves work order types.
    ///
    /// `GET /workOrderTypes` (source: `source/includes/_WorkOrders.md:261`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub fn list_work_order_types(&self) -> ListWorkOrderTypesRequest {
        ListWorkOrderTypesRequest {
            client: self.clone(),
            sort_by: None,
            sort_direction: None,
        }
    }

    /// Get work order tags
    ///
    /// This endpoint retrieves work order tags.
    ///
    /// `GET /workOrderTags` (source: `source/includes/_WorkOrders.md:324`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub fn list_work_order_tags(&self) -> ListWorkOrderTagsRequest {
        ListWorkOrderTagsRequest {
            client: self.clone(),
            sort_by: None,
            sort_direction: None,
        }
    }

    /// Get Work order statuses
    ///
    /// This endpoint retrieves work order statuses.
    ///
    /// No parameters
    ///
    /// `GET /workOrderStatuses` (source: `source/includes/_WorkOrders.md:391`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn list_work_order_statuses(
        &self,
    ) -> Result<types::ListWorkOrderStatusesResponse, Error> {
        self.list_work_order_statuses_with_response()
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::list_work_order_statuses`] with the response's status and headers.
    pub async fn list_work_order_statuses_with_response(
        &self,
    ) -> Result<ResponseValue<types::ListWorkOrderStatusesResponse>, Error> {
        let parts = RequestParts::get("/workOrderStatuses", "list_work_order_statuses");
        self.send_json_with_response(parts).await
    }

    /// Get Custom fields
    ///
    /// This endpoint retrieves custom fields.
    ///
    /// Entity types
    ///
    /// `GET /customFields` (source: `source/inProgress.html.md:112`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub fn list_custom_fields(&self) -> ListCustomFieldsRequest {
        ListCustomFieldsRequest {
            client: self.clone(),
            entity_type: None,
        }
    }
}

/// Request builder for [`Client::list_contact_persons`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListContactPersonsRequest {
    client: Client,
    customer_id: Option<String>,
    sort_by: Option<String>,
    sort_direction: Option<String>,
    limit: Option<String>,
    page: Option<String>,
}

impl ListContactPersonsRequest {
    /// The id of the customer which the contact persons belong to. If not specified, all contact persons will be retrivied, regardless of which customer they belong to
    pub fn customer_id(mut self, customer_id: impl Into<String>) -> Self {
        self.customer_id = Some(customer_id.into());
        self
    }

    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    /// Sets `limit`.
    pub fn limit(mut self, limit: impl Into<String>) -> Self {
        self.limit = Some(limit.into());
        self
    }

    /// Sets `page`.
    pub fn page(mut self, page: impl Into<String>) -> Self {
        self.page = Some(page.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/contactPersons", "list_contact_persons");
        parts.add_query("customerId", self.customer_id.as_ref());
        parts.add_query("sortBy", self.sort_by.as_ref());
        parts.add_query("sortDirection", self.sort_direction.as_ref());
        parts.add_query("limit", self.limit.as_ref());
        parts.add_query("page", self.page.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListContactPersonsResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListContactPersonsResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<
        Item = Result<types::ContactPerson, Error>,
    > + Send + 'static {
        let parts = self.parts();
        pagination::paginate(
            self.client,
            parts,
            pagination::Config {
                style: pagination::Style::Page {
                    param: "page",
                },
                items: "data",
                size_param: Some("limit"),
                has_more: None,
                total_pages: Some("meta.totalPages"),
                total_count: Some("meta.totalResources"),
                default_size: Some(100u64),
            },
        )
    }
}

/// Request builder for [`Client::list_customers`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListCustomersRequest {
    client: Client,
    name: Option<String>,
    customer_number: Option<String>,
    organization_number: Option<String>,
    city: Option<String>,
    sort_by: Option<String>,
    sort_direction: Option<String>,
    limit: Option<String>,
    page: Option<String>,
}

impl ListCustomersRequest {
    /// If specified, customers that match the parameter will be included.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// If specified, customers that match the parameter will be included.
    pub fn customer_number(mut self, customer_number: impl Into<String>) -> Self {
        self.customer_number = Some(customer_number.into());
        self
    }

    /// If specified, customers that match the parameter will be included.
    pub fn organization_number(
        mut self,
        organization_number: impl Into<String>,
    ) -> Self {
        self.organization_number = Some(organization_number.into());
        self
    }

    /// If specified, customers that match the parameter will be included.
    pub fn city(mut self, city: impl Into<String>) -> Self {
        self.city = Some(city.into());
        self
    }

    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    /// Sets `limit`.
    pub fn limit(mut self, limit: impl Into<String>) -> Self {
        self.limit = Some(limit.into());
        self
    }

    /// Sets `page`.
    pub fn page(mut self, page: impl Into<String>) -> Self {
        self.page = Some(page.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/customers", "list_customers");
        parts.add_query("name", self.name.as_ref());
        parts.add_query("customerNumber", self.customer_number.as_ref());
        parts.add_query("organizationNumber", self.organization_number.as_ref());
        parts.add_query("city", self.city.as_ref());
        parts.add_query("sortBy", self.sort_by.as_ref());
        parts.add_query("sortDirection", self.sort_direction.as_ref());
        parts.add_query("limit", self.limit.as_ref());
        parts.add_query("page", self.page.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListCustomersResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListCustomersResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<Item = Result<types::Customer, Error>> + Send + 'static {
        let parts = self.parts();
        pagination::paginate(
            self.client,
            parts,
            pagination::Config {
                style: pagination::Style::Page {
                    param: "page",
                },
                items: "data",
                size_param: Some("limit"),
                has_more: None,
                total_pages: Some("meta.totalPages"),
                total_count: Some("meta.totalResources"),
                default_size: Some(100u64),
            },
        )
    }
}

/// Request builder for [`Client::list_departments`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListDepartmentsRequest {
    client: Client,
    sort_by: Option<String>,
    sort_direction: Option<String>,
    page: Option<i64>,
    limit: Option<i64>,
}

impl ListDepartmentsRequest {
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    /// Sets `page`.
    pub fn page(mut self, page: i64) -> Self {
        self.page = Some(page);
        self
    }

    /// Sets `limit`.
    pub fn limit(mut self, limit: i64) -> Self {
        self.limit = Some(limit);
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/departments", "list_departments");
        parts.add_query("sortBy", self.sort_by.as_ref());
        parts.add_query("sortDirection", self.sort_direction.as_ref());
        parts.add_query("page", self.page.as_ref());
        parts.add_query("limit", self.limit.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListDepartmentsResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListDepartmentsResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<Item = Result<types::Department, Error>> + Send + 'static {
        let parts = self.parts();
        pagination::paginate(
            self.client,
            parts,
            pagination::Config {
                style: pagination::Style::Page {
                    param: "page",
                },
                items: "data",
                size_param: Some("limit"),
                has_more: None,
                total_pages: Some("meta.totalPages"),
                total_count: Some("meta.totalResources"),
                default_size: Some(100u64),
            },
        )
    }
}

/// Request builder for [`Client::list_distributors`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListDistributorsRequest {
    client: Client,
    name: Option<String>,
    sort_by: Option<String>,
    sort_direction: Option<String>,
    limit: Option<String>,
    page: Option<String>,
}

impl ListDistributorsRequest {
    /// If specified, distributors that match the parameter will be included.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    /// Sets `limit`.
    pub fn limit(mut self, limit: impl Into<String>) -> Self {
        self.limit = Some(limit.into());
        self
    }

    /// Sets `page`.
    pub fn page(mut self, page: impl Into<String>) -> Self {
        self.page = Some(page.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/distributors", "list_distributors");
        parts.add_query("name", self.name.as_ref());
        parts.add_query("sortBy", self.sort_by.as_ref());
        parts.add_query("sortDirection", self.sort_direction.as_ref());
        parts.add_query("limit", self.limit.as_ref());
        parts.add_query("page", self.page.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListDistributorsResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListDistributorsResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<
        Item = Result<types::Distributor, Error>,
    > + Send + 'static {
        let parts = self.parts();
        pagination::paginate(
            self.client,
            parts,
            pagination::Config {
                style: pagination::Style::Page {
                    param: "page",
                },
                items: "data",
                size_param: Some("limit"),
                has_more: None,
                total_pages: Some("meta.totalPages"),
                total_count: Some("meta.totalResources"),
                default_size: Some(100u64),
            },
        )
    }
}

/// Request builder for [`Client::list_distributor_contact_persons`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListDistributorContactPersonsRequest {
    client: Client,
    distributor: Option<String>,
    sort_by: Option<String>,
    sort_direction: Option<String>,
}

impl ListDistributorContactPersonsRequest {
    /// Id of the distributor. This field must be included
    pub fn distributor(mut self, distributor: impl Into<String>) -> Self {
        self.distributor = Some(distributor.into());
        self
    }

    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get(
            "/distributorContactPersons",
            "list_distributor_contact_persons",
        );
        parts.add_query("distributor", self.distributor.as_ref());
        parts.add_query("sortBy", self.sort_by.as_ref());
        parts.add_query("sortDirection", self.sort_direction.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<types::ListDistributorContactPersonsResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListDistributorContactPersonsResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}

/// Request builder for [`Client::list_driver_journals`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListDriverJournalsRequest {
    client: Client,
    project_name: Option<String>,
    customer_name: Option<String>,
    driver_journal_item_type_name: Option<String>,
    is_invoiceable: Option<String>,
    work_order_title: Option<String>,
    work_order_number: Option<String>,
    car_registration_number: Option<String>,
    start_address: Option<String>,
    end_address: Option<String>,
    from_date: Option<String>,
    to_date: Option<String>,
    sort_by: Option<String>,
    sort_direction: Option<String>,
    limit: Option<String>,
    page: Option<String>,
}

impl ListDriverJournalsRequest {
    /// If specified, driver journals that match the parameter will be included.
    pub fn project_name(mut self, project_name: impl Into<String>) -> Self {
        self.project_name = Some(project_name.into());
        self
    }

    /// If specified, driver journals that match the parameter will be included.
    pub fn customer_name(mut self, customer_name: impl Into<String>) -> Self {
        self.customer_name = Some(customer_name.into());
        self
    }

    /// If specified, driver journals that match the parameter will be included.
    pub fn driver_journal_item_type_name(
        mut self,
        driver_journal_item_type_name: impl Into<String>,
    ) -> Self {
        self.driver_journal_item_type_name = Some(driver_journal_item_type_name.into());
        self
    }

    /// If specified, driver journals that match the parameter will be included.
    pub fn is_invoiceable(mut self, is_invoiceable: impl Into<String>) -> Self {
        self.is_invoiceable = Some(is_invoiceable.into());
        self
    }

    /// If specified, driver journals that match the parameter will be included.
    pub fn work_order_title(mut self, work_order_title: impl Into<String>) -> Self {
        self.work_order_title = Some(work_order_title.into());
        self
    }

    /// If specified, driver journals that match the parameter will be included.
    pub fn work_order_number(mut self, work_order_number: impl Into<String>) -> Self {
        self.work_order_number = Some(work_order_number.into());
        self
    }

    /// If specified, driver journals that match the parameter will be included.
    pub fn car_registration_number(
        mut self,
        car_registration_number: impl Into<String>,
    ) -> Self {
        self.car_registration_number = Some(car_registration_number.into());
        self
    }

    /// If specified, driver journals that match the parameter will be included.
    pub fn start_address(mut self, start_address: impl Into<String>) -> Self {
        self.start_address = Some(start_address.into());
        self
    }

    /// If specified, driver journals that match the parameter will be included.
    pub fn end_address(mut self, end_address: impl Into<String>) -> Self {
        self.end_address = Some(end_address.into());
        self
    }

    /// If specified, driver journals registered after or on this date will be included. The date has to be in the format 'YYYY-MM-DD'
    pub fn from_date(mut self, from_date: impl Into<String>) -> Self {
        self.from_date = Some(from_date.into());
        self
    }

    /// If specified, driver journals registered before or on this date will be included. The date has to be in the format 'YYYY-MM-DD'
    pub fn to_date(mut self, to_date: impl Into<String>) -> Self {
        self.to_date = Some(to_date.into());
        self
    }

    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    /// Sets `limit`.
    pub fn limit(mut self, limit: impl Into<String>) -> Self {
        self.limit = Some(limit.into());
        self
    }

    /// Sets `page`.
    pub fn page(mut self, page: impl Into<String>) -> Self {
        self.page = Some(page.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/driverJournals", "list_driver_journals");
        parts.add_query("projectName", self.project_name.as_ref());
        parts.add_query("customerName", self.customer_name.as_ref());
        parts
            .add_query(
                "driverJournalItemTypeName",
                self.driver_journal_item_type_name.as_ref(),
            );
        parts.add_query("isInvoiceable", self.is_invoiceable.as_ref());
        parts.add_query("workOrderTitle", self.work_order_title.as_ref());
        parts.add_query("workOrderNumber", self.work_order_number.as_ref());
        parts.add_query("carRegistrationNumber", self.car_registration_number.as_ref());
        parts.add_query("startAddress", self.start_address.as_ref());
        parts.add_query("endAddress", self.end_address.as_ref());
        parts.add_query("fromDate", self.from_date.as_ref());
        parts.add_query("toDate", self.to_date.as_ref());
        parts.add_query("sortBy", self.sort_by.as_ref());
        parts.add_query("sortDirection", self.sort_direction.as_ref());
        parts.add_query("limit", self.limit.as_ref());
        parts.add_query("page", self.page.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListDriverJournalsResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListDriverJournalsResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<
        Item = Result<types::DriverJournal, Error>,
    > + Send + 'static {
        let parts = self.parts();
        pagination::paginate(
            self.client,
            parts,
            pagination::Config {
                style: pagination::Style::Page {
                    param: "page",
                },
                items: "data",
                size_param: Some("limit"),
                has_more: None,
                total_pages: Some("meta.totalPages"),
                total_count: Some("meta.totalResources"),
                default_size: Some(100u64),
            },
        )
    }
}

/// Request builder for [`Client::list_driver_journal_types`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListDriverJournalTypesRequest {
    client: Client,
    sort_by: Option<String>,
    sort_direction: Option<String>,
}

impl ListDriverJournalTypesRequest {
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get(
            "/driverJournalTypes",
            "list_driver_journal_types",
        );
        parts.add_query("sortBy", self.sort_by.as_ref());
        parts.add_query("sortDirection", self.sort_direction.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListDriverJournalTypesResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListDriverJournalTypesResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}

/// Request builder for [`Client::list_expenses`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListExpensesRequest {
    client: Client,
    name: Option<String>,
    article_number: Option<String>,
    customer: Option<String>,
    project: Option<String>,
    distributor: Option<String>,
    from_date: Option<String>,
    to_date: Option<String>,
    sort_by: Option<String>,
    sort_direction: Option<String>,
    limit: Option<String>,
    page: Option<String>,
}

impl ListExpensesRequest {
    /// If specified, expenses that match the parameter will be included.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// If specified, expenses that match the parameter will be included.
    pub fn article_number(mut self, article_number: impl Into<String>) -> Self {
        self.article_number = Some(article_number.into());
        self
    }

    /// If specified, expenses that match the parameter will be included.
    pub fn customer(mut self, customer: impl Into<String>) -> Self {
        self.customer = Some(customer.into());
        self
    }

    /// If specified, expenses that match the parameter will be included.
    pub fn project(mut self, project: impl Into<String>) -> Self {
        self.project = Some(project.into());
        self
    }

    /// If specified, expenses that match the parameter will be included.
    pub fn distributor(mut self, distributor: impl Into<String>) -> Self {
        self.distributor = Some(distributor.into());
        self
    }

    /// If specified, expenses registered after or on this date will be included. The date has to be in the format 'YYYY-MM-DD'
    pub fn from_date(mut self, from_date: impl Into<String>) -> Self {
        self.from_date = Some(from_date.into());
        self
    }

    /// If specified, expenses registered before or on this date will be included. The date has to be in the format 'YYYY-MM-DD'
    pub fn to_date(mut self, to_date: impl Into<String>) -> Self {
        self.to_date = Some(to_date.into());
        self
    }

    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    /// Sets `limit`.
    pub fn limit(mut self, limit: impl Into<String>) -> Self {
        self.limit = Some(limit.into());
        self
    }

    /// Sets `page`.
    pub fn page(mut self, page: impl Into<String>) -> Self {
        self.page = Some(page.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/expenses", "list_expenses");
        parts.add_query("name", self.name.as_ref());
        parts.add_query("articleNumber", self.article_number.as_ref());
        parts.add_query("customer", self.customer.as_ref());
        parts.add_query("project", self.project.as_ref());
        parts.add_query("distributor", self.distributor.as_ref());
        parts.add_query("fromDate", self.from_date.as_ref());
        parts.add_query("toDate", self.to_date.as_ref());
        parts.add_query("sortBy", self.sort_by.as_ref());
        parts.add_query("sortDirection", self.sort_direction.as_ref());
        parts.add_query("limit", self.limit.as_ref());
        parts.add_query("page", self.page.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListExpensesResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListExpensesResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<Item = Result<types::Expense, Error>> + Send + 'static {
        let parts = self.parts();
        pagination::paginate(
            self.client,
            parts,
            pagination::Config {
                style: pagination::Style::Page {
                    param: "page",
                },
                items: "data",
                size_param: Some("limit"),
                has_more: None,
                total_pages: Some("meta.totalPages"),
                total_count: Some("meta.totalResources"),
                default_size: Some(100u64),
            },
        )
    }
}

/// Request builder for [`Client::list_expense_items`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListExpenseItemsRequest {
    client: Client,
    name: Option<String>,
    article_number: Option<String>,
    distributor_name: Option<String>,
    description: Option<String>,
    parent_expense_item_name: Option<String>,
    is_invoiceable: Option<String>,
    is_active: Option<String>,
    favorite: Option<String>,
    sort_by: Option<String>,
    sort_direction: Option<String>,
    limit: Option<String>,
    page: Option<String>,
}

impl ListExpenseItemsRequest {
    /// If specified, expense items that match the parameter will be included.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// If specified, expense items that match the parameter will be included.
    pub fn article_number(mut self, article_number: impl Into<String>) -> Self {
        self.article_number = Some(article_number.into());
        self
    }

    /// If specified, expense items that match the parameter will be included.
    pub fn distributor_name(mut self, distributor_name: impl Into<String>) -> Self {
        self.distributor_name = Some(distributor_name.into());
        self
    }

    /// If specified, expense items that match the parameter will be included.
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// If specified, expense items that match the parameter will be included.
    pub fn parent_expense_item_name(
        mut self,
        parent_expense_item_name: impl Into<String>,
    ) -> Self {
        self.parent_expense_item_name = Some(parent_expense_item_name.into());
        self
    }

    /// If specified, expense items that match the parameter will be included.
    pub fn is_invoiceable(mut self, is_invoiceable: impl Into<String>) -> Self {
        self.is_invoiceable = Some(is_invoiceable.into());
        self
    }

    /// If specified, expense items that match the parameter will be included.
    pub fn is_active(mut self, is_active: impl Into<String>) -> Self {
        self.is_active = Some(is_active.into());
        self
    }

    /// If specified, expense items that match the parameter will be included.
    pub fn favorite(mut self, favorite: impl Into<String>) -> Self {
        self.favorite = Some(favorite.into());
        self
    }

    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    /// Sets `limit`.
    pub fn limit(mut self, limit: impl Into<String>) -> Self {
        self.limit = Some(limit.into());
        self
    }

    /// Sets `page`.
    pub fn page(mut self, page: impl Into<String>) -> Self {
        self.page = Some(page.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/expenseItems", "list_expense_items");
        parts.add_query("name", self.name.as_ref());
        parts.add_query("articleNumber", self.article_number.as_ref());
        parts.add_query("distributorName", self.distributor_name.as_ref());
        parts.add_query("description", self.description.as_ref());
        parts.add_query("parentExpenseItemName", self.parent_expense_item_name.as_ref());
        parts.add_query("isInvoiceable", self.is_invoiceable.as_ref());
        parts.add_query("isActive", self.is_active.as_ref());
        parts.add_query("favorite", self.favorite.as_ref());
        parts.add_query("sortBy", self.sort_by.as_ref());
        parts.add_query("sortDirection", self.sort_direction.as_ref());
        parts.add_query("limit", self.limit.as_ref());
        parts.add_query("page", self.page.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListExpenseItemsResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListExpenseItemsResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<
        Item = Result<types::ExpenseItem, Error>,
    > + Send + 'static {
        let parts = self.parts();
        pagination::paginate(
            self.client,
            parts,
            pagination::Config {
                style: pagination::Style::Page {
                    param: "page",
                },
                items: "data",
                size_param: Some("limit"),
                has_more: None,
                total_pages: Some("meta.totalPages"),
                total_count: Some("meta.totalResources"),
                default_size: Some(100u64),
            },
        )
    }
}

/// Request builder for [`Client::list_invoices`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListInvoicesRequest {
    client: Client,
    invoice_number: Option<String>,
    ocr_number: Option<String>,
    customer_number: Option<String>,
    from_invoice_date: Option<String>,
    to_invoice_date: Option<String>,
    from_due_date: Option<String>,
    to_due_date: Option<String>,
    sort_by: Option<String>,
    sort_direction: Option<String>,
    limit: Option<String>,
    page: Option<String>,
}

impl ListInvoicesRequest {
    /// If specified, invoices that match the parameter will be included.
    pub fn invoice_number(mut self, invoice_number: impl Into<String>) -> Self {
        self.invoice_number = Some(invoice_number.into());
        self
    }

    /// If specified, invoices that match the parameter will be included.
    pub fn ocr_number(mut self, ocr_number: impl Into<String>) -> Self {
        self.ocr_number = Some(ocr_number.into());
        self
    }

    /// If specified, invoices that match the parameter will be included.
    pub fn customer_number(mut self, customer_number: impl Into<String>) -> Self {
        self.customer_number = Some(customer_number.into());
        self
    }

    /// If specified, invoices with invoice date after or on this date will be included. The date has to be in the format 'YYYY-MM-DD'
    pub fn from_invoice_date(mut self, from_invoice_date: impl Into<String>) -> Self {
        self.from_invoice_date = Some(from_invoice_date.into());
        self
    }

    /// If specified, invoices with invoice date before or on this date will be included. The date has to be in the format 'YYYY-MM-DD'
    pub fn to_invoice_date(mut self, to_invoice_date: impl Into<String>) -> Self {
        self.to_invoice_date = Some(to_invoice_date.into());
        self
    }

    /// If specified, invoices with due date after or on this date will be included. The date has to be in the format 'YYYY-MM-DD'
    pub fn from_due_date(mut self, from_due_date: impl Into<String>) -> Self {
        self.from_due_date = Some(from_due_date.into());
        self
    }

    /// If specified, invoices with due date before or on this date will be included. The date has to be in the format 'YYYY-MM-DD'
    pub fn to_due_date(mut self, to_due_date: impl Into<String>) -> Self {
        self.to_due_date = Some(to_due_date.into());
        self
    }

    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    /// Sets `limit`.
    pub fn limit(mut self, limit: impl Into<String>) -> Self {
        self.limit = Some(limit.into());
        self
    }

    /// Sets `page`.
    pub fn page(mut self, page: impl Into<String>) -> Self {
        self.page = Some(page.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/invoices", "list_invoices");
        parts.add_query("invoiceNumber", self.invoice_number.as_ref());
        parts.add_query("OCRNumber", self.ocr_number.as_ref());
        parts.add_query("customerNumber", self.customer_number.as_ref());
        parts.add_query("fromInvoiceDate", self.from_invoice_date.as_ref());
        parts.add_query("toInvoiceDate", self.to_invoice_date.as_ref());
        parts.add_query("fromDueDate", self.from_due_date.as_ref());
        parts.add_query("toDueDate", self.to_due_date.as_ref());
        parts.add_query("sortBy", self.sort_by.as_ref());
        parts.add_query("sortDirection", self.sort_direction.as_ref());
        parts.add_query("limit", self.limit.as_ref());
        parts.add_query("page", self.page.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListInvoicesResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListInvoicesResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<Item = Result<types::Invoice, Error>> + Send + 'static {
        let parts = self.parts();
        pagination::paginate(
            self.client,
            parts,
            pagination::Config {
                style: pagination::Style::Page {
                    param: "page",
                },
                items: "data",
                size_param: Some("limit"),
                has_more: None,
                total_pages: Some("meta.totalPages"),
                total_count: Some("meta.totalResources"),
                default_size: Some(100u64),
            },
        )
    }
}

/// Request builder for [`Client::list_invoice_tags`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListInvoiceTagsRequest {
    client: Client,
    sort_by: Option<String>,
    sort_direction: Option<String>,
}

impl ListInvoiceTagsRequest {
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/invoiceTags", "list_invoice_tags");
        parts.add_query("sortBy", self.sort_by.as_ref());
        parts.add_query("sortDirection", self.sort_direction.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListInvoiceTagsResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListInvoiceTagsResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}

/// Request builder for [`Client::list_machines`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListMachinesRequest {
    client: Client,
    name: Option<String>,
    machine_number: Option<String>,
    machine_type_name: Option<String>,
    machine_model: Option<String>,
    serial_number: Option<String>,
    serviceable: Option<String>,
    sort_by: Option<String>,
    sort_direction: Option<String>,
    limit: Option<String>,
    page: Option<String>,
}

impl ListMachinesRequest {
    /// If specified, invoices that match the parameter will be included.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// If specified, invoices that match the parameter will be included.
    pub fn machine_number(mut self, machine_number: impl Into<String>) -> Self {
        self.machine_number = Some(machine_number.into());
        self
    }

    /// If specified, invoices that match the parameter will be included.
    pub fn machine_type_name(mut self, machine_type_name: impl Into<String>) -> Self {
        self.machine_type_name = Some(machine_type_name.into());
        self
    }

    /// If specified, invoices that match the parameter will be included.
    pub fn machine_model(mut self, machine_model: impl Into<String>) -> Self {
        self.machine_model = Some(machine_model.into());
        self
    }

    /// If specified, invoices that match the parameter will be included.
    pub fn serial_number(mut self, serial_number: impl Into<String>) -> Self {
        self.serial_number = Some(serial_number.into());
        self
    }

    /// If specified, invoices that match the parameter will be included.
    pub fn serviceable(mut self, serviceable: impl Into<String>) -> Self {
        self.serviceable = Some(serviceable.into());
        self
    }

    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    /// Sets `limit`.
    pub fn limit(mut self, limit: impl Into<String>) -> Self {
        self.limit = Some(limit.into());
        self
    }

    /// Sets `page`.
    pub fn page(mut self, page: impl Into<String>) -> Self {
        self.page = Some(page.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/machines", "list_machines");
        parts.add_query("name", self.name.as_ref());
        parts.add_query("machineNumber", self.machine_number.as_ref());
        parts.add_query("machineTypeName", self.machine_type_name.as_ref());
        parts.add_query("machineModel", self.machine_model.as_ref());
        parts.add_query("serialNumber", self.serial_number.as_ref());
        parts.add_query("serviceable", self.serviceable.as_ref());
        parts.add_query("sortBy", self.sort_by.as_ref());
        parts.add_query("sortDirection", self.sort_direction.as_ref());
        parts.add_query("limit", self.limit.as_ref());
        parts.add_query("page", self.page.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListMachinesResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListMachinesResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<Item = Result<types::Machine, Error>> + Send + 'static {
        let parts = self.parts();
        pagination::paginate(
            self.client,
            parts,
            pagination::Config {
                style: pagination::Style::Page {
                    param: "page",
                },
                items: "data",
                size_param: Some("limit"),
                has_more: None,
                total_pages: Some("meta.totalPages"),
                total_count: Some("meta.totalResources"),
                default_size: Some(100u64),
            },
        )
    }
}

/// Request builder for [`Client::list_machine_types`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListMachineTypesRequest {
    client: Client,
    sort_by: Option<String>,
    sort_direction: Option<String>,
}

impl ListMachineTypesRequest {
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/machineTypes", "list_machine_types");
        parts.add_query("sortBy", self.sort_by.as_ref());
        parts.add_query("sortDirection", self.sort_direction.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListMachineTypesResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListMachineTypesResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}

/// Request builder for [`Client::list_machine_time_logs`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListMachineTimeLogsRequest {
    client: Client,
    from_date: Option<String>,
    to_date: Option<String>,
    sort_by: Option<String>,
    sort_direction: Option<String>,
    limit: Option<String>,
    page: Option<String>,
}

impl ListMachineTimeLogsRequest {
    /// If specified, machine time logs registered after or on this date will be included. The date has to be in the format 'YYYY-MM-DD'
    pub fn from_date(mut self, from_date: impl Into<String>) -> Self {
        self.from_date = Some(from_date.into());
        self
    }

    /// If specified, machine time logs registered before or on this date will be included. The date has to be in the format 'YYYY-MM-DD'
    pub fn to_date(mut self, to_date: impl Into<String>) -> Self {
        self.to_date = Some(to_date.into());
        self
    }

    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    /// Sets `limit`.
    pub fn limit(mut self, limit: impl Into<String>) -> Self {
        self.limit = Some(limit.into());
        self
    }

    /// Sets `page`.
    pub fn page(mut self, page: impl Into<String>) -> Self {
        self.page = Some(page.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/machineTimeLogs", "list_machine_time_logs");
        parts.add_query("fromDate", self.from_date.as_ref());
        parts.add_query("toDate", self.to_date.as_ref());
        parts.add_query("sortBy", self.sort_by.as_ref());
        parts.add_query("sortDirection", self.sort_direction.as_ref());
        parts.add_query("limit", self.limit.as_ref());
        parts.add_query("page", self.page.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListMachineTimeLogsResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListMachineTimeLogsResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<
        Item = Result<types::MachineTimeLog, Error>,
    > + Send + 'static {
        let parts = self.parts();
        pagination::paginate(
            self.client,
            parts,
            pagination::Config {
                style: pagination::Style::Page {
                    param: "page",
                },
                items: "data",
                size_param: Some("limit"),
                has_more: None,
                total_pages: Some("meta.totalPages"),
                total_count: Some("meta.totalResources"),
                default_size: Some(100u64),
            },
        )
    }
}

/// Request builder for [`Client::list_price_lists`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListPriceListsRequest {
    client: Client,
    sort_by: Option<String>,
    sort_direction: Option<String>,
    limit: Option<String>,
    page: Option<String>,
}

impl ListPriceListsRequest {
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    /// Sets `limit`.
    pub fn limit(mut self, limit: impl Into<String>) -> Self {
        self.limit = Some(limit.into());
        self
    }

    /// Sets `page`.
    pub fn page(mut self, page: impl Into<String>) -> Self {
        self.page = Some(page.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/priceLists", "list_price_lists");
        parts.add_query("sortBy", self.sort_by.as_ref());
        parts.add_query("sortDirection", self.sort_direction.as_ref());
        parts.add_query("limit", self.limit.as_ref());
        parts.add_query("page", self.page.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListPriceListsResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListPriceListsResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<Item = Result<types::PriceList, Error>> + Send + 'static {
        let parts = self.parts();
        pagination::paginate(
            self.client,
            parts,
            pagination::Config {
                style: pagination::Style::Page {
                    param: "page",
                },
                items: "data",
                size_param: Some("limit"),
                has_more: None,
                total_pages: Some("meta.totalPages"),
                total_count: Some("meta.totalResources"),
                default_size: Some(100u64),
            },
        )
    }
}

/// Request builder for [`Client::list_projects`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListProjectsRequest {
    client: Client,
    name: Option<String>,
    project_number: Option<String>,
    sort_by: Option<String>,
    sort_direction: Option<String>,
    limit: Option<String>,
    page: Option<String>,
}

impl ListProjectsRequest {
    /// If specified, projects that match the parameter will be included.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// If specified, projects that match the parameter will be included.
    pub fn project_number(mut self, project_number: impl Into<String>) -> Self {
        self.project_number = Some(project_number.into());
        self
    }

    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    /// Sets `limit`.
    pub fn limit(mut self, limit: impl Into<String>) -> Self {
        self.limit = Some(limit.into());
        self
    }

    /// Sets `page`.
    pub fn page(mut self, page: impl Into<String>) -> Self {
        self.page = Some(page.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/projects", "list_projects");
        parts.add_query("name", self.name.as_ref());
        parts.add_query("projectNumber", self.project_number.as_ref());
        parts.add_query("sortBy", self.sort_by.as_ref());
        parts.add_query("sortDirection", self.sort_direction.as_ref());
        parts.add_query("limit", self.limit.as_ref());
        parts.add_query("page", self.page.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListProjectsResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListProjectsResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<Item = Result<types::Project, Error>> + Send + 'static {
        let parts = self.parts();
        pagination::paginate(
            self.client,
            parts,
            pagination::Config {
                style: pagination::Style::Page {
                    param: "page",
                },
                items: "data",
                size_param: Some("limit"),
                has_more: None,
                total_pages: Some("meta.totalPages"),
                total_count: Some("meta.totalResources"),
                default_size: Some(100u64),
            },
        )
    }
}

/// Request builder for [`Client::update_project`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateProjectRequest {
    client: Client,
    id: Option<String>,
    modified_by_user: Option<String>,
    name: Option<String>,
    customer: Option<String>,
    body: types::UpdateProjectRequest,
}

impl UpdateProjectRequest {
    /// Sets `_id`.
    pub fn id(mut self, id: impl Into<String>) -> Self {
        self.id = Some(id.into());
        self
    }

    /// Sets `modifiedByUser`.
    pub fn modified_by_user(mut self, modified_by_user: impl Into<String>) -> Self {
        self.modified_by_user = Some(modified_by_user.into());
        self
    }

    /// Sets `name`.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Sets `customer`.
    pub fn customer(mut self, customer: impl Into<String>) -> Self {
        self.customer = Some(customer.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::put("/projects", "update_project");
        parts.add_query("_id", self.id.as_ref());
        parts.add_query("modifiedByUser", self.modified_by_user.as_ref());
        parts.add_query("name", self.name.as_ref());
        parts.add_query("customer", self.customer.as_ref());
        parts.json_body(&self.body)?;
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::Project, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::Project>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}

/// Request builder for [`Client::list_project_statuses`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListProjectStatusesRequest {
    client: Client,
    sort_by: Option<String>,
    sort_direction: Option<String>,
}

impl ListProjectStatusesRequest {
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/projectStatuses", "list_project_statuses");
        parts.add_query("sortBy", self.sort_by.as_ref());
        parts.add_query("sortDirection", self.sort_direction.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListProjectStatusesResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListProjectStatusesResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}

/// Request builder for [`Client::list_project_types`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListProjectTypesRequest {
    client: Client,
    sort_by: Option<String>,
    sort_direction: Option<String>,
}

impl ListProjectTypesRequest {
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/projectTypes", "list_project_types");
        parts.add_query("sortBy", self.sort_by.as_ref());
        parts.add_query("sortDirection", self.sort_direction.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListProjectTypesResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListProjectTypesResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}

/// Request builder for [`Client::list_project_tags`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListProjectTagsRequest {
    client: Client,
    sort_by: Option<String>,
    sort_direction: Option<String>,
}

impl ListProjectTagsRequest {
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/projectTags", "list_project_tags");
        parts.add_query("sortBy", self.sort_by.as_ref());
        parts.add_query("sortDirection", self.sort_direction.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListProjectTagsResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListProjectTagsResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}

/// Request builder for [`Client::list_purchase_orders`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListPurchaseOrdersRequest {
    client: Client,
    purchase_order_name: Option<String>,
    purchase_order_info_name: Option<String>,
    purchase_order_number: Option<String>,
    purchase_order_status: Option<String>,
    distributor: Option<String>,
    project: Option<String>,
    work_order: Option<String>,
    work_order_number: Option<String>,
    sort_by: Option<String>,
    sort_direction: Option<String>,
    limit: Option<String>,
    page: Option<String>,
}

impl ListPurchaseOrdersRequest {
    /// If specified, purchase orders that match the parameter will be included.
    pub fn purchase_order_name(
        mut self,
        purchase_order_name: impl Into<String>,
    ) -> Self {
        self.purchase_order_name = Some(purchase_order_name.into());
        self
    }

    /// If specified, purchase orders that match the parameter will be included.
    pub fn purchase_order_info_name(
        mut self,
        purchase_order_info_name: impl Into<String>,
    ) -> Self {
        self.purchase_order_info_name = Some(purchase_order_info_name.into());
        self
    }

    /// If specified, purchase orders that match the parameter will be included.
    pub fn purchase_order_number(
        mut self,
        purchase_order_number: impl Into<String>,
    ) -> Self {
        self.purchase_order_number = Some(purchase_order_number.into());
        self
    }

    /// If specified, purchase orders that match the parameter will be included.
    pub fn purchase_order_status(
        mut self,
        purchase_order_status: impl Into<String>,
    ) -> Self {
        self.purchase_order_status = Some(purchase_order_status.into());
        self
    }

    /// If specified, purchase orders that match the parameter will be included.
    pub fn distributor(mut self, distributor: impl Into<String>) -> Self {
        self.distributor = Some(distributor.into());
        self
    }

    /// If specified, purchase orders that match the parameter will be included.
    pub fn project(mut self, project: impl Into<String>) -> Self {
        self.project = Some(project.into());
        self
    }

    /// If specified, purchase orders that match the parameter will be included.
    pub fn work_order(mut self, work_order: impl Into<String>) -> Self {
        self.work_order = Some(work_order.into());
        self
    }

    /// If specified, purchase orders that match the parameter will be included.
    pub fn work_order_number(mut self, work_order_number: impl Into<String>) -> Self {
        self.work_order_number = Some(work_order_number.into());
        self
    }

    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    /// Sets `limit`.
    pub fn limit(mut self, limit: impl Into<String>) -> Self {
        self.limit = Some(limit.into());
        self
    }

    /// Sets `page`.
    pub fn page(mut self, page: impl Into<String>) -> Self {
        self.page = Some(page.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/purchaseOrders", "list_purchase_orders");
        parts.add_query("purchaseOrderName", self.purchase_order_name.as_ref());
        parts.add_query("purchaseOrderInfoName", self.purchase_order_info_name.as_ref());
        parts.add_query("purchaseOrderNumber", self.purchase_order_number.as_ref());
        parts.add_query("purchaseOrderStatus", self.purchase_order_status.as_ref());
        parts.add_query("distributor", self.distributor.as_ref());
        parts.add_query("project", self.project.as_ref());
        parts.add_query("workOrder", self.work_order.as_ref());
        parts.add_query("workOrderNumber", self.work_order_number.as_ref());
        parts.add_query("sortBy", self.sort_by.as_ref());
        parts.add_query("sortDirection", self.sort_direction.as_ref());
        parts.add_query("limit", self.limit.as_ref());
        parts.add_query("page", self.page.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListPurchaseOrdersResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListPurchaseOrdersResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<
        Item = Result<types::PurchaseOrder, Error>,
    > + Send + 'static {
        let parts = self.parts();
        pagination::paginate(
            self.client,
            parts,
            pagination::Config {
                style: pagination::Style::Page {
                    param: "page",
                },
                items: "data",
                size_param: Some("limit"),
                has_more: None,
                total_pages: Some("meta.totalPages"),
                total_count: Some("meta.totalResources"),
                default_size: Some(100u64),
            },
        )
    }
}

/// Request builder for [`Client::list_quotes`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListQuotesRequest {
    client: Client,
    quote_name: Option<String>,
    quote_number: Option<String>,
    from_quote_date: Option<String>,
    to_quote_date: Option<String>,
    from_valid_to_date: Option<String>,
    to_valid_to_date: Option<String>,
    sort_by: Option<String>,
    sort_direction: Option<String>,
    limit: Option<String>,
    page: Option<String>,
}

impl ListQuotesRequest {
    /// If specified, quotes that match the parameter will be included.
    pub fn quote_name(mut self, quote_name: impl Into<String>) -> Self {
        self.quote_name = Some(quote_name.into());
        self
    }

    /// If specified, quotes that match the parameter will be included.
    pub fn quote_number(mut self, quote_number: impl Into<String>) -> Self {
        self.quote_number = Some(quote_number.into());
        self
    }

    /// If specified, invoices with quote date after or on this date will be included. The date has to be in the format 'YYYY-MM-DD'
    pub fn from_quote_date(mut self, from_quote_date: impl Into<String>) -> Self {
        self.from_quote_date = Some(from_quote_date.into());
        self
    }

    /// If specified, invoices with quote date before or on this date will be included. The date has to be in the format 'YYYY-MM-DD'
    pub fn to_quote_date(mut self, to_quote_date: impl Into<String>) -> Self {
        self.to_quote_date = Some(to_quote_date.into());
        self
    }

    /// If specified, invoices with valid to date after or on this date will be included. The date has to be in the format 'YYYY-MM-DD'
    pub fn from_valid_to_date(mut self, from_valid_to_date: impl Into<String>) -> Self {
        self.from_valid_to_date = Some(from_valid_to_date.into());
        self
    }

    /// If specified, invoices with valid to date before or on this date will be included. The date has to be in the format 'YYYY-MM-DD'
    pub fn to_valid_to_date(mut self, to_valid_to_date: impl Into<String>) -> Self {
        self.to_valid_to_date = Some(to_valid_to_date.into());
        self
    }

    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    /// Sets `limit`.
    pub fn limit(mut self, limit: impl Into<String>) -> Self {
        self.limit = Some(limit.into());
        self
    }

    /// Sets `page`.
    pub fn page(mut self, page: impl Into<String>) -> Self {
        self.page = Some(page.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/quotes", "list_quotes");
        parts.add_query("quoteName", self.quote_name.as_ref());
        parts.add_query("quoteNumber", self.quote_number.as_ref());
        parts.add_query("fromQuoteDate", self.from_quote_date.as_ref());
        parts.add_query("toQuoteDate", self.to_quote_date.as_ref());
        parts.add_query("fromValidToDate", self.from_valid_to_date.as_ref());
        parts.add_query("toValidToDate", self.to_valid_to_date.as_ref());
        parts.add_query("sortBy", self.sort_by.as_ref());
        parts.add_query("sortDirection", self.sort_direction.as_ref());
        parts.add_query("limit", self.limit.as_ref());
        parts.add_query("page", self.page.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListQuotesResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListQuotesResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<Item = Result<types::Quote, Error>> + Send + 'static {
        let parts = self.parts();
        pagination::paginate(
            self.client,
            parts,
            pagination::Config {
                style: pagination::Style::Page {
                    param: "page",
                },
                items: "data",
                size_param: Some("limit"),
                has_more: None,
                total_pages: Some("meta.totalPages"),
                total_count: Some("meta.totalResources"),
                default_size: Some(100u64),
            },
        )
    }
}

/// Request builder for [`Client::list_quote_templates`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListQuoteTemplatesRequest {
    client: Client,
    template_name: Option<String>,
    sort_by: Option<String>,
    sort_direction: Option<String>,
}

impl ListQuoteTemplatesRequest {
    /// If specified, quote templates that match the parameter will be included.
    pub fn template_name(mut self, template_name: impl Into<String>) -> Self {
        self.template_name = Some(template_name.into());
        self
    }

    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/quoteTemplates", "list_quote_templates");
        parts.add_query("templateName", self.template_name.as_ref());
        parts.add_query("sortBy", self.sort_by.as_ref());
        parts.add_query("sortDirection", self.sort_direction.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListQuoteTemplatesResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListQuoteTemplatesResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}

/// Request builder for [`Client::list_quote_categories`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListQuoteCategoriesRequest {
    client: Client,
    quote_category_name: Option<String>,
    sort_by: Option<String>,
    sort_direction: Option<String>,
}

impl ListQuoteCategoriesRequest {
    /// If specified, quote categories that match the parameter will be included.
    pub fn quote_category_name(
        mut self,
        quote_category_name: impl Into<String>,
    ) -> Self {
        self.quote_category_name = Some(quote_category_name.into());
        self
    }

    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/quoteCategories", "list_quote_categories");
        parts.add_query("quoteCategoryName", self.quote_category_name.as_ref());
        parts.add_query("sortBy", self.sort_by.as_ref());
        parts.add_query("sortDirection", self.sort_direction.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListQuoteCategoriesResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListQuoteCategoriesResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}

/// Request builder for [`Client::list_result_units`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListResultUnitsRequest {
    client: Client,
    sort_by: Option<String>,
    sort_direction: Option<String>,
}

impl ListResultUnitsRequest {
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/resultUnits", "list_result_units");
        parts.add_query("sortBy", self.sort_by.as_ref());
        parts.add_query("sortDirection", self.sort_direction.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListResultUnitsResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListResultUnitsResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}

/// Request builder for [`Client::list_supplement_orders`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListSupplementOrdersRequest {
    client: Client,
    project: Option<String>,
    sort_by: Option<String>,
    sort_direction: Option<String>,
    page: Option<i64>,
    limit: Option<i64>,
}

impl ListSupplementOrdersRequest {
    /// Id of the project that supplement orders will be retrieved from. This parameter is required
    pub fn project(mut self, project: impl Into<String>) -> Self {
        self.project = Some(project.into());
        self
    }

    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    /// Sets `page`.
    pub fn page(mut self, page: i64) -> Self {
        self.page = Some(page);
        self
    }

    /// Sets `limit`.
    pub fn limit(mut self, limit: i64) -> Self {
        self.limit = Some(limit);
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/supplementOrders", "list_supplement_orders");
        parts.add_query("project", self.project.as_ref());
        parts.add_query("sortBy", self.sort_by.as_ref());
        parts.add_query("sortDirection", self.sort_direction.as_ref());
        parts.add_query("page", self.page.as_ref());
        parts.add_query("limit", self.limit.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListSupplementOrdersResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListSupplementOrdersResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<
        Item = Result<types::SupplementOrder, Error>,
    > + Send + 'static {
        let parts = self.parts();
        pagination::paginate(
            self.client,
            parts,
            pagination::Config {
                style: pagination::Style::Page {
                    param: "page",
                },
                items: "data",
                size_param: Some("limit"),
                has_more: None,
                total_pages: Some("meta.totalPages"),
                total_count: Some("meta.totalResources"),
                default_size: Some(100u64),
            },
        )
    }
}

/// Request builder for [`Client::list_supplier_invoices`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListSupplierInvoicesRequest {
    client: Client,
    supplier_invoice_number: Option<String>,
    supplier_invoice_status: Option<String>,
    project: Option<String>,
    customer: Option<String>,
    work_order: Option<String>,
    work_order_number: Option<String>,
    distributor: Option<String>,
    from_invoice_date: Option<String>,
    to_invoice_date: Option<String>,
    is_invoiceable: Option<String>,
    sort_by: Option<String>,
    sort_direction: Option<String>,
    limit: Option<String>,
    page: Option<String>,
}

impl ListSupplierInvoicesRequest {
    /// If specified, supplier invoices that match the parameter will be included.
    pub fn supplier_invoice_number(
        mut self,
        supplier_invoice_number: impl Into<String>,
    ) -> Self {
        self.supplier_invoice_number = Some(supplier_invoice_number.into());
        self
    }

    /// If specified, supplier invoices that match the parameter will be included.
    pub fn supplier_invoice_status(
        mut self,
        supplier_invoice_status: impl Into<String>,
    ) -> Self {
        self.supplier_invoice_status = Some(supplier_invoice_status.into());
        self
    }

    /// If specified, supplier invoices that match the parameter will be included.
    pub fn project(mut self, project: impl Into<String>) -> Self {
        self.project = Some(project.into());
        self
    }

    /// If specified, supplier invoices that match the parameter will be included.
    pub fn customer(mut self, customer: impl Into<String>) -> Self {
        self.customer = Some(customer.into());
        self
    }

    /// If specified, supplier invoices that match the parameter will be included.
    pub fn work_order(mut self, work_order: impl Into<String>) -> Self {
        self.work_order = Some(work_order.into());
        self
    }

    /// If specified, supplier invoices that match the parameter will be included.
    pub fn work_order_number(mut self, work_order_number: impl Into<String>) -> Self {
        self.work_order_number = Some(work_order_number.into());
        self
    }

    /// If specified, supplier invoices that match the parameter will be included.
    pub fn distributor(mut self, distributor: impl Into<String>) -> Self {
        self.distributor = Some(distributor.into());
        self
    }

    /// If specified, supplier invoices that match the parameter will be included.
    pub fn from_invoice_date(mut self, from_invoice_date: impl Into<String>) -> Self {
        self.from_invoice_date = Some(from_invoice_date.into());
        self
    }

    /// If specified, supplier invoices that match the parameter will be included.
    pub fn to_invoice_date(mut self, to_invoice_date: impl Into<String>) -> Self {
        self.to_invoice_date = Some(to_invoice_date.into());
        self
    }

    /// If specified, supplier invoices that match the parameter will be included.
    pub fn is_invoiceable(mut self, is_invoiceable: impl Into<String>) -> Self {
        self.is_invoiceable = Some(is_invoiceable.into());
        self
    }

    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    /// Sets `limit`.
    pub fn limit(mut self, limit: impl Into<String>) -> Self {
        self.limit = Some(limit.into());
        self
    }

    /// Sets `page`.
    pub fn page(mut self, page: impl Into<String>) -> Self {
        self.page = Some(page.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/supplierInvoices", "list_supplier_invoices");
        parts.add_query("supplierInvoiceNumber", self.supplier_invoice_number.as_ref());
        parts.add_query("supplierInvoiceStatus", self.supplier_invoice_status.as_ref());
        parts.add_query("project", self.project.as_ref());
        parts.add_query("customer", self.customer.as_ref());
        parts.add_query("workOrder", self.work_order.as_ref());
        parts.add_query("workOrderNumber", self.work_order_number.as_ref());
        parts.add_query("distributor", self.distributor.as_ref());
        parts.add_query("fromInvoiceDate", self.from_invoice_date.as_ref());
        parts.add_query("toInvoiceDate", self.to_invoice_date.as_ref());
        parts.add_query("isInvoiceable", self.is_invoiceable.as_ref());
        parts.add_query("sortBy", self.sort_by.as_ref());
        parts.add_query("sortDirection", self.sort_direction.as_ref());
        parts.add_query("limit", self.limit.as_ref());
        parts.add_query("page", self.page.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListSupplierInvoicesResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListSupplierInvoicesResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<
        Item = Result<types::SupplierInvoice, Error>,
    > + Send + 'static {
        let parts = self.parts();
        pagination::paginate(
            self.client,
            parts,
            pagination::Config {
                style: pagination::Style::Page {
                    param: "page",
                },
                items: "data",
                size_param: Some("limit"),
                has_more: None,
                total_pages: Some("meta.totalPages"),
                total_count: Some("meta.totalResources"),
                default_size: Some(100u64),
            },
        )
    }
}

/// Request builder for [`Client::list_time_logs`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListTimeLogsRequest {
    client: Client,
    user: Option<String>,
    customer: Option<String>,
    project: Option<String>,
    task: Option<String>,
    category: Option<String>,
    work_order: Option<String>,
    work_order_number: Option<String>,
    timestamp: Option<String>,
    end_timestamp: Option<String>,
    sort_by: Option<String>,
    sort_direction: Option<String>,
    limit: Option<String>,
    page: Option<String>,
}

impl ListTimeLogsRequest {
    /// If specified, time logs that match the parameter will be included.
    pub fn user(mut self, user: impl Into<String>) -> Self {
        self.user = Some(user.into());
        self
    }

    /// If specified, time logs that match the parameter will be included.
    pub fn customer(mut self, customer: impl Into<String>) -> Self {
        self.customer = Some(customer.into());
        self
    }

    /// If specified, time logs that match the parameter will be included.
    pub fn project(mut self, project: impl Into<String>) -> Self {
        self.project = Some(project.into());
        self
    }

    /// If specified, time logs that match the parameter will be included.
    pub fn task(mut self, task: impl Into<String>) -> Self {
        self.task = Some(task.into());
        self
    }

    /// If specified, time logs that match the parameter will be included.
    pub fn category(mut self, category: impl Into<String>) -> Self {
        self.category = Some(category.into());
        self
    }

    /// If specified, time logs that match the parameter will be included.
    pub fn work_order(mut self, work_order: impl Into<String>) -> Self {
        self.work_order = Some(work_order.into());
        self
    }

    /// If specified, time logs that match the parameter will be included.
    pub fn work_order_number(mut self, work_order_number: impl Into<String>) -> Self {
        self.work_order_number = Some(work_order_number.into());
        self
    }

    /// If specified, time logs that start after the given date and time will be included. The date has to be in the format 'YYYY-MM-HH HH:MM'
    pub fn timestamp(mut self, timestamp: impl Into<String>) -> Self {
        self.timestamp = Some(timestamp.into());
        self
    }

    /// If specified, time logs that end before the given date and time will be included. The date has to be in the format 'YYYY-MM-HH HH:MM'
    pub fn end_timestamp(mut self, end_timestamp: impl Into<String>) -> Self {
        self.end_timestamp = Some(end_timestamp.into());
        self
    }

    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    /// Sets `limit`.
    pub fn limit(mut self, limit: impl Into<String>) -> Self {
        self.limit = Some(limit.into());
        self
    }

    /// Sets `page`.
    pub fn page(mut self, page: impl Into<String>) -> Self {
        self.page = Some(page.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/timeLogs", "list_time_logs");
        parts.add_query("user", self.user.as_ref());
        parts.add_query("customer", self.customer.as_ref());
        parts.add_query("project", self.project.as_ref());
        parts.add_query("task", self.task.as_ref());
        parts.add_query("category", self.category.as_ref());
        parts.add_query("workOrder", self.work_order.as_ref());
        parts.add_query("workOrderNumber", self.work_order_number.as_ref());
        parts.add_query("timestamp", self.timestamp.as_ref());
        parts.add_query("endTimestamp", self.end_timestamp.as_ref());
        parts.add_query("sortBy", self.sort_by.as_ref());
        parts.add_query("sortDirection", self.sort_direction.as_ref());
        parts.add_query("limit", self.limit.as_ref());
        parts.add_query("page", self.page.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListTimeLogsResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListTimeLogsResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<Item = Result<types::TimeLog, Error>> + Send + 'static {
        let parts = self.parts();
        pagination::paginate(
            self.client,
            parts,
            pagination::Config {
                style: pagination::Style::Page {
                    param: "page",
                },
                items: "data",
                size_param: Some("limit"),
                has_more: None,
                total_pages: Some("meta.totalPages"),
                total_count: Some("meta.totalResources"),
                default_size: Some(100u64),
            },
        )
    }
}

/// Request builder for [`Client::list_time_categories`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListTimeCategoriesRequest {
    client: Client,
    sort_by: Option<String>,
    sort_direction: Option<String>,
}

impl ListTimeCategoriesRequest {
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/timeCategories", "list_time_categories");
        parts.add_query("sortBy", self.sort_by.as_ref());
        parts.add_query("sortDirection", self.sort_direction.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListTimeCategoriesResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListTimeCategoriesResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}

/// Request builder for [`Client::list_users`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListUsersRequest {
    client: Client,
    name: Option<String>,
    person_number: Option<String>,
    department: Option<String>,
    user_role: Option<String>,
    is_active: Option<String>,
    is_activated: Option<String>,
    default_salary_type: Option<String>,
    user_skills: Option<String>,
    sort_by: Option<String>,
    sort_direction: Option<String>,
    limit: Option<String>,
    page: Option<String>,
}

impl ListUsersRequest {
    /// If specified, users that match the parameter will be included.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// If specified, users that match the parameter will be included.
    pub fn person_number(mut self, person_number: impl Into<String>) -> Self {
        self.person_number = Some(person_number.into());
        self
    }

    /// If specified, users that match the parameter will be included.
    pub fn department(mut self, department: impl Into<String>) -> Self {
        self.department = Some(department.into());
        self
    }

    /// If specified, users that match the parameter will be included.
    pub fn user_role(mut self, user_role: impl Into<String>) -> Self {
        self.user_role = Some(user_role.into());
        self
    }

    /// If specified, users that match the parameter will be included. This must be a boolean
    pub fn is_active(mut self, is_active: impl Into<String>) -> Self {
        self.is_active = Some(is_active.into());
        self
    }

    /// If specified, users that match the parameter will be included. This must be a boolean
    pub fn is_activated(mut self, is_activated: impl Into<String>) -> Self {
        self.is_activated = Some(is_activated.into());
        self
    }

    /// If specified, users that match the parameter will be included.
    pub fn default_salary_type(
        mut self,
        default_salary_type: impl Into<String>,
    ) -> Self {
        self.default_salary_type = Some(default_salary_type.into());
        self
    }

    /// If specified, users that match the parameter will be included.
    pub fn user_skills(mut self, user_skills: impl Into<String>) -> Self {
        self.user_skills = Some(user_skills.into());
        self
    }

    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    /// Sets `limit`.
    pub fn limit(mut self, limit: impl Into<String>) -> Self {
        self.limit = Some(limit.into());
        self
    }

    /// Sets `page`.
    pub fn page(mut self, page: impl Into<String>) -> Self {
        self.page = Some(page.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/users", "list_users");
        parts.add_query("name", self.name.as_ref());
        parts.add_query("personNumber", self.person_number.as_ref());
        parts.add_query("department", self.department.as_ref());
        parts.add_query("userRole", self.user_role.as_ref());
        parts.add_query("isActive", self.is_active.as_ref());
        parts.add_query("isActivated", self.is_activated.as_ref());
        parts.add_query("defaultSalaryType", self.default_salary_type.as_ref());
        parts.add_query("userSkills", self.user_skills.as_ref());
        parts.add_query("sortBy", self.sort_by.as_ref());
        parts.add_query("sortDirection", self.sort_direction.as_ref());
        parts.add_query("limit", self.limit.as_ref());
        parts.add_query("page", self.page.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListUsersResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListUsersResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<Item = Result<types::User, Error>> + Send + 'static {
        let parts = self.parts();
        pagination::paginate(
            self.client,
            parts,
            pagination::Config {
                style: pagination::Style::Page {
                    param: "page",
                },
                items: "data",
                size_param: Some("limit"),
                has_more: None,
                total_pages: Some("meta.totalPages"),
                total_count: Some("meta.totalResources"),
                default_size: Some(100u64),
            },
        )
    }
}

/// Request builder for [`Client::list_user_roles`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListUserRolesRequest {
    client: Client,
    sort_by: Option<String>,
    sort_direction: Option<String>,
}

impl ListUserRolesRequest {
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/userRoles", "list_user_roles");
        parts.add_query("sortBy", self.sort_by.as_ref());
        parts.add_query("sortDirection", self.sort_direction.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListUserRolesResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListUserRolesResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}

/// Request builder for [`Client::list_default_salary_types`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListDefaultSalaryTypesRequest {
    client: Client,
    sort_by: Option<String>,
    sort_direction: Option<String>,
}

impl ListDefaultSalaryTypesRequest {
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get(
            "/defaultSalaryTypes",
            "list_default_salary_types",
        );
        parts.add_query("sortBy", self.sort_by.as_ref());
        parts.add_query("sortDirection", self.sort_direction.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListDefaultSalaryTypesResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListDefaultSalaryTypesResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}

/// Request builder for [`Client::list_user_skills`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListUserSkillsRequest {
    client: Client,
    sort_by: Option<String>,
    sort_direction: Option<String>,
}

impl ListUserSkillsRequest {
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/userSkills", "list_user_skills");
        parts.add_query("sortBy", self.sort_by.as_ref());
        parts.add_query("sortDirection", self.sort_direction.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListUserSkillsResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListUserSkillsResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}

/// Request builder for [`Client::list_user_work_types`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListUserWorkTypesRequest {
    client: Client,
    sort_by: Option<String>,
    sort_direction: Option<String>,
}

impl ListUserWorkTypesRequest {
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/userWorkTypes", "list_user_work_types");
        parts.add_query("sortBy", self.sort_by.as_ref());
        parts.add_query("sortDirection", self.sort_direction.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListUserWorkTypesResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListUserWorkTypesResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}

/// Request builder for [`Client::list_vehicles`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListVehiclesRequest {
    client: Client,
    sort_by: Option<String>,
    sort_direction: Option<String>,
    limit: Option<String>,
    page: Option<String>,
}

impl ListVehiclesRequest {
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    /// Sets `limit`.
    pub fn limit(mut self, limit: impl Into<String>) -> Self {
        self.limit = Some(limit.into());
        self
    }

    /// Sets `page`.
    pub fn page(mut self, page: impl Into<String>) -> Self {
        self.page = Some(page.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/vehicles", "list_vehicles");
        parts.add_query("sortBy", self.sort_by.as_ref());
        parts.add_query("sortDirection", self.sort_direction.as_ref());
        parts.add_query("limit", self.limit.as_ref());
        parts.add_query("page", self.page.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListVehiclesResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListVehiclesResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<Item = Result<types::Vehicle, Error>> + Send + 'static {
        let parts = self.parts();
        pagination::paginate(
            self.client,
            parts,
            pagination::Config {
                style: pagination::Style::Page {
                    param: "page",
                },
                items: "data",
                size_param: Some("limit"),
                has_more: None,
                total_pages: Some("meta.totalPages"),
                total_count: Some("meta.totalResources"),
                default_size: Some(100u64),
            },
        )
    }
}

/// Request builder for [`Client::list_work_orders`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListWorkOrdersRequest {
    client: Client,
    title: Option<String>,
    work_order_number: Option<String>,
    project: Option<String>,
    user: Option<String>,
    customer: Option<String>,
    sort_by: Option<String>,
    sort_direction: Option<String>,
    limit: Option<String>,
    page: Option<String>,
}

impl ListWorkOrdersRequest {
    /// If specified, work orders that match the parameter will be included.
    pub fn title(mut self, title: impl Into<String>) -> Self {
        self.title = Some(title.into());
        self
    }

    /// If specified, work orders that match the parameter will be included.
    pub fn work_order_number(mut self, work_order_number: impl Into<String>) -> Self {
        self.work_order_number = Some(work_order_number.into());
        self
    }

    /// If specified, work orders that match the parameter will be included.
    pub fn project(mut self, project: impl Into<String>) -> Self {
        self.project = Some(project.into());
        self
    }

    /// If specified, work orders that match the parameter will be included.
    pub fn user(mut self, user: impl Into<String>) -> Self {
        self.user = Some(user.into());
        self
    }

    /// If specified, work orders that match the parameter will be included.
    pub fn customer(mut self, customer: impl Into<String>) -> Self {
        self.customer = Some(customer.into());
        self
    }

    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    /// Sets `limit`.
    pub fn limit(mut self, limit: impl Into<String>) -> Self {
        self.limit = Some(limit.into());
        self
    }

    /// Sets `page`.
    pub fn page(mut self, page: impl Into<String>) -> Self {
        self.page = Some(page.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/workOrders", "list_work_orders");
        parts.add_query("title", self.title.as_ref());
        parts.add_query("workOrderNumber", self.work_order_number.as_ref());
        parts.add_query("project", self.project.as_ref());
        parts.add_query("user", self.user.as_ref());
        parts.add_query("customer", self.customer.as_ref());
        parts.add_query("sortBy", self.sort_by.as_ref());
        parts.add_query("sortDirection", self.sort_direction.as_ref());
        parts.add_query("limit", self.limit.as_ref());
        parts.add_query("page", self.page.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListWorkOrdersResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListWorkOrdersResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<Item = Result<types::WorkOrder, Error>> + Send + 'static {
        let parts = self.parts();
        pagination::paginate(
            self.client,
            parts,
            pagination::Config {
                style: pagination::Style::Page {
                    param: "page",
                },
                items: "data",
                size_param: Some("limit"),
                has_more: None,
                total_pages: Some("meta.totalPages"),
                total_count: Some("meta.totalResources"),
                default_size: Some(100u64),
            },
        )
    }
}

/// Request builder for [`Client::list_work_order_types`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListWorkOrderTypesRequest {
    client: Client,
    sort_by: Option<String>,
    sort_direction: Option<String>,
}

impl ListWorkOrderTypesRequest {
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/workOrderTypes", "list_work_order_types");
        parts.add_query("sortBy", self.sort_by.as_ref());
        parts.add_query("sortDirection", self.sort_direction.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListWorkOrderTypesResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListWorkOrderTypesResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}

/// Request builder for [`Client::list_work_order_tags`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListWorkOrderTagsRequest {
    client: Client,
    sort_by: Option<String>,
    sort_direction: Option<String>,
}

impl ListWorkOrderTagsRequest {
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/workOrderTags", "list_work_order_tags");
        parts.add_query("sortBy", self.sort_by.as_ref());
        parts.add_query("sortDirection", self.sort_direction.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListWorkOrderTagsResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListWorkOrderTagsResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}

/// Request builder for [`Client::list_custom_fields`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListCustomFieldsRequest {
    client: Client,
    entity_type: Option<String>,
}

impl ListCustomFieldsRequest {
    /// Number corresponding to entity type. See table below for available types.
    pub fn entity_type(mut self, entity_type: impl Into<String>) -> Self {
        self.entity_type = Some(entity_type.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/customFields", "list_custom_fields");
        parts.add_query("entityType", self.entity_type.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListCustomFieldsResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListCustomFieldsResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}
