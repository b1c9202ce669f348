//! One method per API operation, and request builders for operations with optional parameters.

impl super::client::Client {
    /// Get Contact Persons
    ///
    /// This endpoint retrieves contact persons.
    ///
    /// E.g. `https://app.seventime.se/api/2/contactPersons/?customerId=5bb26376c4nj551167`
    ///
    /// `GET /contactPersons`
    ///
    /// Source: `source/includes/_ContactPersons.md:71`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    ///
    /// Returns a [`ListContactPersonsRequest`]: set optional parameters on it, then call `.send().await`.
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

    /// Every item of [`Client::list_contact_persons`](super::client::Client::list_contact_persons), page after page, fetched lazily.
    ///
    /// Shorthand for `client.list_contact_persons(..).stream()` with no optional parameter set.
    #[allow(deprecated, reason = "the operation is deprecated; so is its stream")]
    pub fn list_contact_persons_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<super::types::ContactPerson, super::error::Error>,
    > + Send + 'static {
        self.list_contact_persons().stream()
    }

    /// Get a specific Contact Person
    ///
    /// This endpoint retrieves a contact person.
    ///
    /// `GET /contactPersons/{id}`
    ///
    /// Source: `source/includes/_ContactPersons.md:139`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_contact_person(
        &self,
        id: impl Into<String>,
    ) -> Result<super::types::GetContactPersonResponse, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/contactPersons/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_contact_person",
                    "id",
                )?,
            ]
                .concat(),
            "get_contact_person",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::get_contact_person`](super::client::Client::get_contact_person) with the response's status and headers.
    pub async fn get_contact_person_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::GetContactPersonResponse>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/contactPersons/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_contact_person",
                    "id",
                )?,
            ]
                .concat(),
            "get_contact_person",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Get Customers
    ///
    /// This endpoint retrieves customers.
    ///
    /// E.g. `https://app.seventime.se/api/2/customers/?limit=10&page=1&organizationNumber=555555-5555`
    ///
    /// `GET /customers`
    ///
    /// Source: `source/includes/_Customers.md:111`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    ///
    /// Returns a [`ListCustomersRequest`]: set optional parameters on it, then call `.send().await`.
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

    /// Every item of [`Client::list_customers`](super::client::Client::list_customers), page after page, fetched lazily.
    ///
    /// Shorthand for `client.list_customers(..).stream()` with no optional parameter set.
    #[allow(deprecated, reason = "the operation is deprecated; so is its stream")]
    pub fn list_customers_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<super::types::Customer, super::error::Error>,
    > + Send + 'static {
        self.list_customers().stream()
    }

    /// Update a Customer
    ///
    /// This endpoint updates a customer.
    ///
    /// The table below shows the required fields. Other available fields can be found in the section 'Create a Customer'.
    ///
    /// `PUT /customers`
    ///
    /// Source: `source/includes/_Customers.md:436`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn update_customer(
        &self,
        body: super::types::UpdateCustomerRequest,
    ) -> Result<super::types::Customer, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PUT,
            "/customers".to_string(),
            "update_customer",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::update_customer`](super::client::Client::update_customer) with the response's status and headers.
    pub async fn update_customer_with_response(
        &self,
        body: super::types::UpdateCustomerRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::Customer>,
        super::error::Error,
    > {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PUT,
            "/customers".to_string(),
            "update_customer",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
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
    /// `POST /customers`
    ///
    /// Source: `source/includes/_Customers.md:302`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn create_customer(
        &self,
        body: super::types::CreateCustomerRequest,
    ) -> Result<super::types::Customer, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            "/customers".to_string(),
            "create_customer",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::create_customer`](super::client::Client::create_customer) with the response's status and headers.
    pub async fn create_customer_with_response(
        &self,
        body: super::types::CreateCustomerRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::Customer>,
        super::error::Error,
    > {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            "/customers".to_string(),
            "create_customer",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Get a specific Customer
    ///
    /// This endpoint retrieves a specific customer.
    ///
    /// `GET /customers/{id}`
    ///
    /// Source: `source/includes/_Customers.md:226`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_customer(
        &self,
        id: impl Into<String>,
    ) -> Result<super::types::GetCustomerResponse, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/customers/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_customer",
                    "id",
                )?,
            ]
                .concat(),
            "get_customer",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::get_customer`](super::client::Client::get_customer) with the response's status and headers.
    pub async fn get_customer_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::GetCustomerResponse>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/customers/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_customer",
                    "id",
                )?,
            ]
                .concat(),
            "get_customer",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Get Departments
    ///
    /// This endpoint retrieves departments.
    ///
    /// E.g. `https://app.seventime.se/api/2/departments/?`
    ///
    /// `GET /departments`
    ///
    /// Source: `source/includes/_Departments.md:63`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    ///
    /// Returns a [`ListDepartmentsRequest`]: set optional parameters on it, then call `.send().await`.
    pub fn list_departments(&self) -> ListDepartmentsRequest {
        ListDepartmentsRequest {
            client: self.clone(),
            sort_by: None,
            sort_direction: None,
            page: None,
            limit: None,
        }
    }

    /// Every item of [`Client::list_departments`](super::client::Client::list_departments), page after page, fetched lazily.
    ///
    /// Shorthand for `client.list_departments(..).stream()` with no optional parameter set.
    #[allow(deprecated, reason = "the operation is deprecated; so is its stream")]
    pub fn list_departments_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<super::types::Department, super::error::Error>,
    > + Send + 'static {
        self.list_departments().stream()
    }

    /// Get a specific Department
    ///
    /// This endpoint retrieves a specific department.
    ///
    /// `GET /departments/{id}`
    ///
    /// Source: `source/includes/_Departments.md:125`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_department(
        &self,
        id: impl Into<String>,
    ) -> Result<super::types::GetDepartmentResponse, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/departments/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_department",
                    "id",
                )?,
            ]
                .concat(),
            "get_department",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::get_department`](super::client::Client::get_department) with the response's status and headers.
    pub async fn get_department_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::GetDepartmentResponse>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/departments/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_department",
                    "id",
                )?,
            ]
                .concat(),
            "get_department",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Get Distributors
    ///
    /// This endpoint retrieves distributors.
    ///
    /// `GET /distributors`
    ///
    /// Source: `source/includes/_Distributors.md:82`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    ///
    /// Returns a [`ListDistributorsRequest`]: set optional parameters on it, then call `.send().await`.
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

    /// Every item of [`Client::list_distributors`](super::client::Client::list_distributors), page after page, fetched lazily.
    ///
    /// Shorthand for `client.list_distributors(..).stream()` with no optional parameter set.
    #[allow(deprecated, reason = "the operation is deprecated; so is its stream")]
    pub fn list_distributors_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<super::types::Distributor, super::error::Error>,
    > + Send + 'static {
        self.list_distributors().stream()
    }

    /// Get a specific Distributor
    ///
    /// This endpoint retrieves a specific distributor.
    ///
    /// `GET /distributors/{id}`
    ///
    /// Source: `source/includes/_Distributors.md:164`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_distributor(
        &self,
        id: impl Into<String>,
    ) -> Result<super::types::GetDistributorResponse, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/distributors/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_distributor",
                    "id",
                )?,
            ]
                .concat(),
            "get_distributor",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::get_distributor`](super::client::Client::get_distributor) with the response's status and headers.
    pub async fn get_distributor_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::GetDistributorResponse>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/distributors/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_distributor",
                    "id",
                )?,
            ]
                .concat(),
            "get_distributor",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Get Distributor Contact Persons
    ///
    /// This endpoint retrieves distributor contact persons.
    ///
    /// `GET /distributorContactPersons`
    ///
    /// Source: `source/includes/_Distributors.md:234`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    ///
    /// Returns a [`ListDistributorContactPersonsRequest`]: set optional parameters on it, then call `.send().await`.
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
    /// `GET /driverJournals`
    ///
    /// Source: `source/includes/_DriverJournals.md:86`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    ///
    /// Returns a [`ListDriverJournalsRequest`]: set optional parameters on it, then call `.send().await`.
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

    /// Every item of [`Client::list_driver_journals`](super::client::Client::list_driver_journals), page after page, fetched lazily.
    ///
    /// Shorthand for `client.list_driver_journals(..).stream()` with no optional parameter set.
    #[allow(deprecated, reason = "the operation is deprecated; so is its stream")]
    pub fn list_driver_journals_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<super::types::DriverJournal, super::error::Error>,
    > + Send + 'static {
        self.list_driver_journals().stream()
    }

    /// Update a Driver Journal
    ///
    /// This endpoint updates a driver journal
    ///
    /// The table below shows the required fields. Other available fields can be found in the section 'Create a Driver Journal'.
    ///
    /// `PUT /driverJournals`
    ///
    /// Source: `source/includes/_DriverJournals.md:435`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn update_driver_journal(
        &self,
        body: super::types::UpdateDriverJournalRequest,
    ) -> Result<super::types::DriverJournal, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PUT,
            "/driverJournals".to_string(),
            "update_driver_journal",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::update_driver_journal`](super::client::Client::update_driver_journal) with the response's status and headers.
    pub async fn update_driver_journal_with_response(
        &self,
        body: super::types::UpdateDriverJournalRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::DriverJournal>,
        super::error::Error,
    > {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PUT,
            "/driverJournals".to_string(),
            "update_driver_journal",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Create a Driver Journal
    ///
    /// This endpoint creates a driver journal
    ///
    /// `POST /driverJournals`
    ///
    /// Source: `source/includes/_DriverJournals.md:340`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn create_driver_journal(
        &self,
        body: super::types::CreateDriverJournalRequest,
    ) -> Result<super::types::DriverJournal, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            "/driverJournals".to_string(),
            "create_driver_journal",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::create_driver_journal`](super::client::Client::create_driver_journal) with the response's status and headers.
    pub async fn create_driver_journal_with_response(
        &self,
        body: super::types::CreateDriverJournalRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::DriverJournal>,
        super::error::Error,
    > {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            "/driverJournals".to_string(),
            "create_driver_journal",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Delete a Driver Journal
    ///
    /// This endpoint deletes a driver journal
    ///
    /// `DELETE /driverJournals`
    ///
    /// Source: `source/includes/_DriverJournals.md:495`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn delete_driver_journal(
        &self,
        body: super::types::DeleteDriverJournalRequest,
    ) -> Result<super::types::DriverJournal, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::DELETE,
            "/driverJournals".to_string(),
            "delete_driver_journal",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::delete_driver_journal`](super::client::Client::delete_driver_journal) with the response's status and headers.
    pub async fn delete_driver_journal_with_response(
        &self,
        body: super::types::DeleteDriverJournalRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::DriverJournal>,
        super::error::Error,
    > {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::DELETE,
            "/driverJournals".to_string(),
            "delete_driver_journal",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Get a specific Driver Journal
    ///
    /// This endpoint retrieves a specific driver journal.
    ///
    /// `GET /driverJournals/{id}`
    ///
    /// Source: `source/includes/_DriverJournals.md:184`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_driver_journal(
        &self,
        id: impl Into<String>,
    ) -> Result<super::types::GetDriverJournalResponse, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/driverJournals/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_driver_journal",
                    "id",
                )?,
            ]
                .concat(),
            "get_driver_journal",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::get_driver_journal`](super::client::Client::get_driver_journal) with the response's status and headers.
    pub async fn get_driver_journal_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::GetDriverJournalResponse>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/driverJournals/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_driver_journal",
                    "id",
                )?,
            ]
                .concat(),
            "get_driver_journal",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Get Driver Journals Types
    ///
    /// This endpoint retrieves driver journals types.
    ///
    /// `GET /driverJournalTypes`
    ///
    /// Source: `source/includes/_DriverJournals.md:254`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    ///
    /// Returns a [`ListDriverJournalTypesRequest`]: set optional parameters on it, then call `.send().await`.
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
    /// `GET /expenses`
    ///
    /// Source: `source/includes/_Expenses.md:98`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    ///
    /// Returns a [`ListExpensesRequest`]: set optional parameters on it, then call `.send().await`.
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

    /// Every item of [`Client::list_expenses`](super::client::Client::list_expenses), page after page, fetched lazily.
    ///
    /// Shorthand for `client.list_expenses(..).stream()` with no optional parameter set.
    #[allow(deprecated, reason = "the operation is deprecated; so is its stream")]
    pub fn list_expenses_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<super::types::Expense, super::error::Error>,
    > + Send + 'static {
        self.list_expenses().stream()
    }

    /// Update an Expense
    ///
    /// This endpoint updates an expense
    ///
    /// The table below shows the required fields. Other available fields can be found in the section 'Create an Expense'.
    ///
    /// `PUT /expenses`
    ///
    /// Source: `source/includes/_Expenses.md:564`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn update_expense(
        &self,
        body: super::types::UpdateExpenseRequest,
    ) -> Result<super::types::Expense, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PUT,
            "/expenses".to_string(),
            "update_expense",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::update_expense`](super::client::Client::update_expense) with the response's status and headers.
    pub async fn update_expense_with_response(
        &self,
        body: super::types::UpdateExpenseRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::Expense>,
        super::error::Error,
    > {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PUT,
            "/expenses".to_string(),
            "update_expense",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Create an Expense
    ///
    /// This endpoint creates an expense
    ///
    /// `POST /expenses`
    ///
    /// Source: `source/includes/_Expenses.md:462`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn create_expense(
        &self,
        body: super::types::CreateExpenseRequest,
    ) -> Result<super::types::Expense, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            "/expenses".to_string(),
            "create_expense",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::create_expense`](super::client::Client::create_expense) with the response's status and headers.
    pub async fn create_expense_with_response(
        &self,
        body: super::types::CreateExpenseRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::Expense>,
        super::error::Error,
    > {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            "/expenses".to_string(),
            "create_expense",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Delete an Expense
    ///
    /// This endpoint deletes an expense
    ///
    /// `DELETE /expenses`
    ///
    /// Source: `source/includes/_Expenses.md:625`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn delete_expense(
        &self,
        body: super::types::DeleteExpenseRequest,
    ) -> Result<super::types::Expense, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::DELETE,
            "/expenses".to_string(),
            "delete_expense",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::delete_expense`](super::client::Client::delete_expense) with the response's status and headers.
    pub async fn delete_expense_with_response(
        &self,
        body: super::types::DeleteExpenseRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::Expense>,
        super::error::Error,
    > {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::DELETE,
            "/expenses".to_string(),
            "delete_expense",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Get a specific Expense
    ///
    /// This endpoint retrieves a specific expense.
    ///
    /// `GET /expenses/{id}`
    ///
    /// Source: `source/includes/_Expenses.md:204`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_expense(
        &self,
        id: impl Into<String>,
    ) -> Result<super::types::GetExpenseResponse, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/expenses/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_expense",
                    "id",
                )?,
            ]
                .concat(),
            "get_expense",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::get_expense`](super::client::Client::get_expense) with the response's status and headers.
    pub async fn get_expense_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::GetExpenseResponse>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/expenses/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_expense",
                    "id",
                )?,
            ]
                .concat(),
            "get_expense",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Get Expenses Items
    ///
    /// This endpoint retrieves expense items.
    ///
    /// `GET /expenseItems`
    ///
    /// Source: `source/includes/_Expenses.md:288`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    ///
    /// Returns a [`ListExpenseItemsRequest`]: set optional parameters on it, then call `.send().await`.
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

    /// Every item of [`Client::list_expense_items`](super::client::Client::list_expense_items), page after page, fetched lazily.
    ///
    /// Shorthand for `client.list_expense_items(..).stream()` with no optional parameter set.
    #[allow(deprecated, reason = "the operation is deprecated; so is its stream")]
    pub fn list_expense_items_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<super::types::ExpenseItem, super::error::Error>,
    > + Send + 'static {
        self.list_expense_items().stream()
    }

    /// Get a specific Expense Item
    ///
    /// This endpoint retrieves a specific expense item.
    ///
    /// `GET /expenseItems/{id}`
    ///
    /// Source: `source/includes/_Expenses.md:376`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_expense_item(
        &self,
        id: impl Into<String>,
    ) -> Result<super::types::GetExpenseItemResponse, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/expenseItems/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_expense_item",
                    "id",
                )?,
            ]
                .concat(),
            "get_expense_item",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::get_expense_item`](super::client::Client::get_expense_item) with the response's status and headers.
    pub async fn get_expense_item_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::GetExpenseItemResponse>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/expenseItems/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_expense_item",
                    "id",
                )?,
            ]
                .concat(),
            "get_expense_item",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Get Invoices
    ///
    /// This endpoint retrieves invoices.
    ///
    /// E.g. `https://app.seventime.se/api/2/invoices/?invoiceNumber=24481`
    ///
    /// `GET /invoices`
    ///
    /// Source: `source/includes/_Invoices.md:206`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    ///
    /// Returns a [`ListInvoicesRequest`]: set optional parameters on it, then call `.send().await`.
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

    /// Every item of [`Client::list_invoices`](super::client::Client::list_invoices), page after page, fetched lazily.
    ///
    /// Shorthand for `client.list_invoices(..).stream()` with no optional parameter set.
    #[allow(deprecated, reason = "the operation is deprecated; so is its stream")]
    pub fn list_invoices_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<super::types::Invoice, super::error::Error>,
    > + Send + 'static {
        self.list_invoices().stream()
    }

    /// Update an Invoice
    ///
    /// This endpoint updates an invoice
    ///
    /// The table below shows the required fields or fields that differ from 'Create an Invoice'. Other available fields can be found in the section 'Create an Invoice'.
    ///
    /// `PUT /invoices`
    ///
    /// Source: `source/includes/_Invoices.md:842`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn update_invoice(
        &self,
        body: super::types::UpdateInvoiceRequest,
    ) -> Result<super::types::Invoice2, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PUT,
            "/invoices".to_string(),
            "update_invoice",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::update_invoice`](super::client::Client::update_invoice) with the response's status and headers.
    pub async fn update_invoice_with_response(
        &self,
        body: super::types::UpdateInvoiceRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::Invoice2>,
        super::error::Error,
    > {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PUT,
            "/invoices".to_string(),
            "update_invoice",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
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
    /// `POST /invoices`
    ///
    /// Source: `source/includes/_Invoices.md:611`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn create_invoice(
        &self,
        body: super::types::CreateInvoiceRequest,
    ) -> Result<super::types::Invoice, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            "/invoices".to_string(),
            "create_invoice",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::create_invoice`](super::client::Client::create_invoice) with the response's status and headers.
    pub async fn create_invoice_with_response(
        &self,
        body: super::types::CreateInvoiceRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::Invoice>,
        super::error::Error,
    > {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            "/invoices".to_string(),
            "create_invoice",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Get a specific Invoice
    ///
    /// This endpoint retrieves a specific invoice.
    ///
    /// `GET /invoices/{id}`
    ///
    /// Source: `source/includes/_Invoices.md:440`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_invoice(
        &self,
        id: impl Into<String>,
    ) -> Result<super::types::GetInvoiceResponse, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/invoices/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_invoice",
                    "id",
                )?,
            ]
                .concat(),
            "get_invoice",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::get_invoice`](super::client::Client::get_invoice) with the response's status and headers.
    pub async fn get_invoice_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::GetInvoiceResponse>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/invoices/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_invoice",
                    "id",
                )?,
            ]
                .concat(),
            "get_invoice",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Get Invoice Tags
    ///
    /// This endpoint retrieves invoice tags.
    ///
    /// `GET /invoiceTags`
    ///
    /// Source: `source/includes/_Invoices.md:502`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    ///
    /// Returns a [`ListInvoiceTagsRequest`]: set optional parameters on it, then call `.send().await`.
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
    /// `GET /machines`
    ///
    /// Source: `source/includes/_Machines.md:98`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    ///
    /// Returns a [`ListMachinesRequest`]: set optional parameters on it, then call `.send().await`.
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

    /// Every item of [`Client::list_machines`](super::client::Client::list_machines), page after page, fetched lazily.
    ///
    /// Shorthand for `client.list_machines(..).stream()` with no optional parameter set.
    #[allow(deprecated, reason = "the operation is deprecated; so is its stream")]
    pub fn list_machines_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<super::types::Machine, super::error::Error>,
    > + Send + 'static {
        self.list_machines().stream()
    }

    /// Get a specific Machine
    ///
    /// This endpoint retrieves a specific machine.
    ///
    /// `GET /machines/{id}`
    ///
    /// Source: `source/includes/_Machines.md:207`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_machine(
        &self,
        id: impl Into<String>,
    ) -> Result<super::types::GetMachineResponse, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/machines/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_machine",
                    "id",
                )?,
            ]
                .concat(),
            "get_machine",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::get_machine`](super::client::Client::get_machine) with the response's status and headers.
    pub async fn get_machine_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::GetMachineResponse>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/machines/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_machine",
                    "id",
                )?,
            ]
                .concat(),
            "get_machine",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Get Machine Types
    ///
    /// This endpoint retrieves machine types.
    ///
    /// `GET /machineTypes`
    ///
    /// Source: `source/includes/_Machines.md:270`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    ///
    /// Returns a [`ListMachineTypesRequest`]: set optional parameters on it, then call `.send().await`.
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
    /// `GET /machineTimeLogs`
    ///
    /// Source: `source/includes/_MachineTimeLogs.md:85`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    ///
    /// Returns a [`ListMachineTimeLogsRequest`]: set optional parameters on it, then call `.send().await`.
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

    /// Every item of [`Client::list_machine_time_logs`](super::client::Client::list_machine_time_logs), page after page, fetched lazily.
    ///
    /// Shorthand for `client.list_machine_time_logs(..).stream()` with no optional parameter set.
    #[allow(deprecated, reason = "the operation is deprecated; so is its stream")]
    pub fn list_machine_time_logs_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<super::types::MachineTimeLog, super::error::Error>,
    > + Send + 'static {
        self.list_machine_time_logs().stream()
    }

    /// Get a specific Machine Time Log
    ///
    /// This endpoint retrieves a specific machine time log.
    ///
    /// `GET /machineTimeLogs/{id}`
    ///
    /// Source: `source/includes/_MachineTimeLogs.md:171`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_machine_time_log(
        &self,
        id: impl Into<String>,
    ) -> Result<super::types::GetMachineTimeLogResponse, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/machineTimeLogs/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_machine_time_log",
                    "id",
                )?,
            ]
                .concat(),
            "get_machine_time_log",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::get_machine_time_log`](super::client::Client::get_machine_time_log) with the response's status and headers.
    pub async fn get_machine_time_log_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::GetMachineTimeLogResponse>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/machineTimeLogs/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_machine_time_log",
                    "id",
                )?,
            ]
                .concat(),
            "get_machine_time_log",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Get price lists
    ///
    /// This endpoint retrieves price lists.
    ///
    /// `GET /priceLists`
    ///
    /// Source: `source/includes/_PriceLists.md:60`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    ///
    /// Returns a [`ListPriceListsRequest`]: set optional parameters on it, then call `.send().await`.
    pub fn list_price_lists(&self) -> ListPriceListsRequest {
        ListPriceListsRequest {
            client: self.clone(),
            sort_by: None,
            sort_direction: None,
            limit: None,
            page: None,
        }
    }

    /// Every item of [`Client::list_price_lists`](super::client::Client::list_price_lists), page after page, fetched lazily.
    ///
    /// Shorthand for `client.list_price_lists(..).stream()` with no optional parameter set.
    #[allow(deprecated, reason = "the operation is deprecated; so is its stream")]
    pub fn list_price_lists_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<super::types::PriceList, super::error::Error>,
    > + Send + 'static {
        self.list_price_lists().stream()
    }

    /// Get a specific Price List
    ///
    /// This endpoint retrieves a specific price list.
    ///
    /// `GET /priceLists/{id}`
    ///
    /// Source: `source/includes/_PriceLists.md:118`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_price_list(
        &self,
        id: impl Into<String>,
    ) -> Result<super::types::GetPriceListResponse, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/priceLists/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_price_list",
                    "id",
                )?,
            ]
                .concat(),
            "get_price_list",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::get_price_list`](super::client::Client::get_price_list) with the response's status and headers.
    pub async fn get_price_list_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::GetPriceListResponse>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/priceLists/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_price_list",
                    "id",
                )?,
            ]
                .concat(),
            "get_price_list",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Get Projects
    ///
    /// This endpoint retrieves projects.
    ///
    /// E.g. `https://app.seventime.se/api/2/projects/?projectNumber=3314`
    ///
    /// `GET /projects`
    ///
    /// Source: `source/includes/_Projects.md:158`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    ///
    /// Returns a [`ListProjectsRequest`]: set optional parameters on it, then call `.send().await`.
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

    /// Every item of [`Client::list_projects`](super::client::Client::list_projects), page after page, fetched lazily.
    ///
    /// Shorthand for `client.list_projects(..).stream()` with no optional parameter set.
    #[allow(deprecated, reason = "the operation is deprecated; so is its stream")]
    pub fn list_projects_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<super::types::Project, super::error::Error>,
    > + Send + 'static {
        self.list_projects().stream()
    }

    /// Update a Project
    ///
    /// This endpoint updates a project.
    ///
    /// The table below shows the required fields. Other available fields can be found in the section 'Create a Project'.
    ///
    /// `PUT /projects`
    ///
    /// Source: `source/includes/_Projects.md:719`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    ///
    /// Returns a [`UpdateProjectRequest`]: set optional parameters on it, then call `.send().await`.
    pub fn update_project(
        &self,
        body: super::types::UpdateProjectRequest,
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
    /// `POST /projects`
    ///
    /// Source: `source/includes/_Projects.md:585`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn create_project(
        &self,
        body: super::types::CreateProjectRequest,
    ) -> Result<super::types::Project, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            "/projects".to_string(),
            "create_project",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::create_project`](super::client::Client::create_project) with the response's status and headers.
    pub async fn create_project_with_response(
        &self,
        body: super::types::CreateProjectRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::Project>,
        super::error::Error,
    > {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            "/projects".to_string(),
            "create_project",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Get a specific project
    ///
    /// This endpoint retrieves a specific project.
    ///
    /// `GET /projects/{id}`
    ///
    /// Source: `source/includes/_Projects.md:321`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_project(
        &self,
        id: impl Into<String>,
    ) -> Result<super::types::GetProjectResponse, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/projects/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_project",
                    "id",
                )?,
            ]
                .concat(),
            "get_project",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::get_project`](super::client::Client::get_project) with the response's status and headers.
    pub async fn get_project_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::GetProjectResponse>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/projects/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_project",
                    "id",
                )?,
            ]
                .concat(),
            "get_project",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Get Project statuses
    ///
    /// This endpoint retrieves project statuses.
    ///
    /// `GET /projectStatuses`
    ///
    /// Source: `source/includes/_Projects.md:386`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    ///
    /// Returns a [`ListProjectStatusesRequest`]: set optional parameters on it, then call `.send().await`.
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
    /// `GET /projectTypes`
    ///
    /// Source: `source/includes/_Projects.md:449`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    ///
    /// Returns a [`ListProjectTypesRequest`]: set optional parameters on it, then call `.send().await`.
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
    /// `GET /projectTags`
    ///
    /// Source: `source/includes/_Projects.md:512`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    ///
    /// Returns a [`ListProjectTagsRequest`]: set optional parameters on it, then call `.send().await`.
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
    /// `GET /purchaseOrders`
    ///
    /// Source: `source/includes/_PurchaseOrders.md:141`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    ///
    /// Returns a [`ListPurchaseOrdersRequest`]: set optional parameters on it, then call `.send().await`.
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

    /// Every item of [`Client::list_purchase_orders`](super::client::Client::list_purchase_orders), page after page, fetched lazily.
    ///
    /// Shorthand for `client.list_purchase_orders(..).stream()` with no optional parameter set.
    #[allow(deprecated, reason = "the operation is deprecated; so is its stream")]
    pub fn list_purchase_orders_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<super::types::PurchaseOrder, super::error::Error>,
    > + Send + 'static {
        self.list_purchase_orders().stream()
    }

    /// Update a Purchase Order
    ///
    /// This endpoint updates a purchase order
    ///
    /// The table below shows the required fields. Other available fields can be found in the section 'Create a Purchase Order'.
    ///
    /// `PUT /purchaseOrders`
    ///
    /// Source: `source/includes/_PurchaseOrders.md:602`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn update_purchase_order(
        &self,
        body: super::types::UpdatePurchaseOrderRequest,
    ) -> Result<super::types::PurchaseOrder, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PUT,
            "/purchaseOrders".to_string(),
            "update_purchase_order",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::update_purchase_order`](super::client::Client::update_purchase_order) with the response's status and headers.
    pub async fn update_purchase_order_with_response(
        &self,
        body: super::types::UpdatePurchaseOrderRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::PurchaseOrder>,
        super::error::Error,
    > {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PUT,
            "/purchaseOrders".to_string(),
            "update_purchase_order",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
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
    /// `POST /purchaseOrders`
    ///
    /// Source: `source/includes/_PurchaseOrders.md:407`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn create_purchase_order(
        &self,
        body: super::types::CreatePurchaseOrderRequest,
    ) -> Result<super::types::PurchaseOrder, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            "/purchaseOrders".to_string(),
            "create_purchase_order",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::create_purchase_order`](super::client::Client::create_purchase_order) with the response's status and headers.
    pub async fn create_purchase_order_with_response(
        &self,
        body: super::types::CreatePurchaseOrderRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::PurchaseOrder>,
        super::error::Error,
    > {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            "/purchaseOrders".to_string(),
            "create_purchase_order",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Delete a Purchase Order
    ///
    /// This endpoint deletes a purchase order
    ///
    /// `DELETE /purchaseOrders`
    ///
    /// Source: `source/includes/_PurchaseOrders.md:665`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn delete_purchase_order(
        &self,
        body: super::types::DeletePurchaseOrderRequest,
    ) -> Result<super::types::PurchaseOrder, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::DELETE,
            "/purchaseOrders".to_string(),
            "delete_purchase_order",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::delete_purchase_order`](super::client::Client::delete_purchase_order) with the response's status and headers.
    pub async fn delete_purchase_order_with_response(
        &self,
        body: super::types::DeletePurchaseOrderRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::PurchaseOrder>,
        super::error::Error,
    > {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::DELETE,
            "/purchaseOrders".to_string(),
            "delete_purchase_order",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Get a specific Purchase Order
    ///
    /// This endpoint retrieves a specific purchase order.
    ///
    /// `GET /purchaseOrders/{id}`
    ///
    /// Source: `source/includes/_PurchaseOrders.md:288`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_purchase_order(
        &self,
        id: impl Into<String>,
    ) -> Result<super::types::GetPurchaseOrderResponse, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/purchaseOrders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_purchase_order",
                    "id",
                )?,
            ]
                .concat(),
            "get_purchase_order",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::get_purchase_order`](super::client::Client::get_purchase_order) with the response's status and headers.
    pub async fn get_purchase_order_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::GetPurchaseOrderResponse>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/purchaseOrders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_purchase_order",
                    "id",
                )?,
            ]
                .concat(),
            "get_purchase_order",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Get Quotes
    ///
    /// This endpoint retrieves quotes.
    ///
    /// `GET /quotes`
    ///
    /// Source: `source/includes/_Quotes.md:260`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    ///
    /// Returns a [`ListQuotesRequest`]: set optional parameters on it, then call `.send().await`.
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

    /// Every item of [`Client::list_quotes`](super::client::Client::list_quotes), page after page, fetched lazily.
    ///
    /// Shorthand for `client.list_quotes(..).stream()` with no optional parameter set.
    #[allow(deprecated, reason = "the operation is deprecated; so is its stream")]
    pub fn list_quotes_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<super::types::Quote, super::error::Error>,
    > + Send + 'static {
        self.list_quotes().stream()
    }

    /// Get a specific Quote
    ///
    /// This endpoint retrieves a specific quote.
    ///
    /// `GET /quotes/{id}`
    ///
    /// Source: `source/includes/_Quotes.md:524`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_quote(
        &self,
        id: impl Into<String>,
    ) -> Result<super::types::GetQuoteResponse, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/quotes/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_quote",
                    "id",
                )?,
            ]
                .concat(),
            "get_quote",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::get_quote`](super::client::Client::get_quote) with the response's status and headers.
    pub async fn get_quote_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::GetQuoteResponse>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/quotes/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_quote",
                    "id",
                )?,
            ]
                .concat(),
            "get_quote",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Get Quote Templates
    ///
    /// This endpoint retrieves quote templates.
    ///
    /// `GET /quoteTemplates`
    ///
    /// Source: `source/includes/_Quotes.md:622`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    ///
    /// Returns a [`ListQuoteTemplatesRequest`]: set optional parameters on it, then call `.send().await`.
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
    /// `GET /quoteCategories`
    ///
    /// Source: `source/includes/_Quotes.md:684`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    ///
    /// Returns a [`ListQuoteCategoriesRequest`]: set optional parameters on it, then call `.send().await`.
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
    /// `GET /resultUnits`
    ///
    /// Source: `source/includes/_ResultUnits.md:55`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    ///
    /// Returns a [`ListResultUnitsRequest`]: set optional parameters on it, then call `.send().await`.
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
    /// `GET /resultUnits/{id}`
    ///
    /// Source: `source/includes/_ResultUnits.md:113`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_result_unit(
        &self,
        id: impl Into<String>,
    ) -> Result<super::types::GetResultUnitResponse, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/resultUnits/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_result_unit",
                    "id",
                )?,
            ]
                .concat(),
            "get_result_unit",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::get_result_unit`](super::client::Client::get_result_unit) with the response's status and headers.
    pub async fn get_result_unit_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::GetResultUnitResponse>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/resultUnits/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_result_unit",
                    "id",
                )?,
            ]
                .concat(),
            "get_result_unit",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Get Supplement Orders
    ///
    /// This endpoint retrieves supplement orders.
    ///
    /// `GET /supplementOrders`
    ///
    /// Source: `source/includes/_SupplementOrders.md:146`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    ///
    /// Returns a [`ListSupplementOrdersRequest`]: set optional parameters on it, then call `.send().await`.
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

    /// Every item of [`Client::list_supplement_orders`](super::client::Client::list_supplement_orders), page after page, fetched lazily.
    ///
    /// Shorthand for `client.list_supplement_orders(..).stream()` with no optional parameter set.
    #[allow(deprecated, reason = "the operation is deprecated; so is its stream")]
    pub fn list_supplement_orders_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<super::types::SupplementOrder, super::error::Error>,
    > + Send + 'static {
        self.list_supplement_orders().stream()
    }

    /// Get a specific Supplement Order
    ///
    /// This endpoint retrieves a specific supplement order.
    ///
    /// `GET /supplementOrders/{id}`
    ///
    /// Source: `source/includes/_SupplementOrders.md:293`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_supplement_order(
        &self,
        id: impl Into<String>,
    ) -> Result<super::types::GetSupplementOrderResponse, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/supplementOrders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_supplement_order",
                    "id",
                )?,
            ]
                .concat(),
            "get_supplement_order",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::get_supplement_order`](super::client::Client::get_supplement_order) with the response's status and headers.
    pub async fn get_supplement_order_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::GetSupplementOrderResponse>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/supplementOrders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_supplement_order",
                    "id",
                )?,
            ]
                .concat(),
            "get_supplement_order",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Get supplier invoices
    ///
    /// This endpoint retrieves supplier invoices.
    ///
    /// E.g. `https://app.seventime.se/api/2/supplierInvoices/?supplierInvoiceNumber=9316`
    ///
    /// `GET /supplierInvoices`
    ///
    /// Source: `source/includes/_SupplierInvoices.md:138`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    ///
    /// Returns a [`ListSupplierInvoicesRequest`]: set optional parameters on it, then call `.send().await`.
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

    /// Every item of [`Client::list_supplier_invoices`](super::client::Client::list_supplier_invoices), page after page, fetched lazily.
    ///
    /// Shorthand for `client.list_supplier_invoices(..).stream()` with no optional parameter set.
    #[allow(deprecated, reason = "the operation is deprecated; so is its stream")]
    pub fn list_supplier_invoices_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<super::types::SupplierInvoice, super::error::Error>,
    > + Send + 'static {
        self.list_supplier_invoices().stream()
    }

    /// Update a Supplier Invoice
    ///
    /// This endpoint updates a supplier invoice
    ///
    /// The table below shows the required fields. Other available fields can be found in the section 'Create an Invoice'.
    ///
    /// `PUT /supplierInvoices`
    ///
    /// Source: `source/includes/_SupplierInvoices.md:518`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn update_supplier_invoice(
        &self,
        body: super::types::UpdateSupplierInvoiceRequest,
    ) -> Result<super::types::SupplierInvoice, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PUT,
            "/supplierInvoices".to_string(),
            "update_supplier_invoice",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::update_supplier_invoice`](super::client::Client::update_supplier_invoice) with the response's status and headers.
    pub async fn update_supplier_invoice_with_response(
        &self,
        body: super::types::UpdateSupplierInvoiceRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::SupplierInvoice>,
        super::error::Error,
    > {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PUT,
            "/supplierInvoices".to_string(),
            "update_supplier_invoice",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
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
    /// `POST /supplierInvoices`
    ///
    /// Source: `source/includes/_SupplierInvoices.md:374`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn create_supplier_invoice(
        &self,
        body: super::types::CreateSupplierInvoiceRequest,
    ) -> Result<super::types::SupplierInvoice, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            "/supplierInvoices".to_string(),
            "create_supplier_invoice",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::create_supplier_invoice`](super::client::Client::create_supplier_invoice) with the response's status and headers.
    pub async fn create_supplier_invoice_with_response(
        &self,
        body: super::types::CreateSupplierInvoiceRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::SupplierInvoice>,
        super::error::Error,
    > {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            "/supplierInvoices".to_string(),
            "create_supplier_invoice",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Delete a Supplier Invoice
    ///
    /// This endpoint deletes a supplier invoice
    ///
    /// `DELETE /supplierInvoices`
    ///
    /// Source: `source/includes/_SupplierInvoices.md:580`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn delete_supplier_invoice(
        &self,
        body: super::types::DeleteSupplierInvoiceRequest,
    ) -> Result<super::types::SupplierInvoice, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::DELETE,
            "/supplierInvoices".to_string(),
            "delete_supplier_invoice",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::delete_supplier_invoice`](super::client::Client::delete_supplier_invoice) with the response's status and headers.
    pub async fn delete_supplier_invoice_with_response(
        &self,
        body: super::types::DeleteSupplierInvoiceRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::SupplierInvoice>,
        super::error::Error,
    > {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::DELETE,
            "/supplierInvoices".to_string(),
            "delete_supplier_invoice",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Get a specific Supplier Invoice
    ///
    /// This endpoint retrieves a specific supplier invoice.
    ///
    /// `GET /supplierInvoices/{id}`
    ///
    /// Source: `source/includes/_SupplierInvoices.md:289`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_supplier_invoice(
        &self,
        id: impl Into<String>,
    ) -> Result<super::types::GetSupplierInvoiceResponse, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/supplierInvoices/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_supplier_invoice",
                    "id",
                )?,
            ]
                .concat(),
            "get_supplier_invoice",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::get_supplier_invoice`](super::client::Client::get_supplier_invoice) with the response's status and headers.
    pub async fn get_supplier_invoice_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::GetSupplierInvoiceResponse>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/supplierInvoices/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_supplier_invoice",
                    "id",
                )?,
            ]
                .concat(),
            "get_supplier_invoice",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Get Time Logs
    ///
    /// This endpoint retrieves machines time logs.
    ///
    /// `GET /timeLogs`
    ///
    /// Source: `source/includes/_TimeLogs.md:103`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    ///
    /// Returns a [`ListTimeLogsRequest`]: set optional parameters on it, then call `.send().await`.
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

    /// Every item of [`Client::list_time_logs`](super::client::Client::list_time_logs), page after page, fetched lazily.
    ///
    /// Shorthand for `client.list_time_logs(..).stream()` with no optional parameter set.
    #[allow(deprecated, reason = "the operation is deprecated; so is its stream")]
    pub fn list_time_logs_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<super::types::TimeLog, super::error::Error>,
    > + Send + 'static {
        self.list_time_logs().stream()
    }

    /// Update a Time Log
    ///
    /// This endpoint updates a time log
    ///
    /// The table below shows the required fields. Other available fields can be found in the section 'Create a Time Log'.
    ///
    /// `PUT /timeLogs`
    ///
    /// Source: `source/includes/_TimeLogs.md:533`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn update_time_log(
        &self,
        body: super::types::UpdateTimeLogRequest,
    ) -> Result<super::types::TimeLog, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PUT,
            "/timeLogs".to_string(),
            "update_time_log",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::update_time_log`](super::client::Client::update_time_log) with the response's status and headers.
    pub async fn update_time_log_with_response(
        &self,
        body: super::types::UpdateTimeLogRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::TimeLog>,
        super::error::Error,
    > {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PUT,
            "/timeLogs".to_string(),
            "update_time_log",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Create a Time Log
    ///
    /// This endpoint creates a time log
    ///
    /// `POST /timeLogs`
    ///
    /// Source: `source/includes/_TimeLogs.md:438`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn create_time_log(
        &self,
        body: super::types::CreateTimeLogRequest,
    ) -> Result<super::types::TimeLog, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            "/timeLogs".to_string(),
            "create_time_log",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::create_time_log`](super::client::Client::create_time_log) with the response's status and headers.
    pub async fn create_time_log_with_response(
        &self,
        body: super::types::CreateTimeLogRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::TimeLog>,
        super::error::Error,
    > {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            "/timeLogs".to_string(),
            "create_time_log",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Delete a Time Log
    ///
    /// This endpoint deletes a time log
    ///
    /// `DELETE /timeLogs`
    ///
    /// Source: `source/includes/_TimeLogs.md:593`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn delete_time_log(
        &self,
        body: super::types::DeleteTimeLogRequest,
    ) -> Result<super::types::TimeLog, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::DELETE,
            "/timeLogs".to_string(),
            "delete_time_log",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::delete_time_log`](super::client::Client::delete_time_log) with the response's status and headers.
    pub async fn delete_time_log_with_response(
        &self,
        body: super::types::DeleteTimeLogRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::TimeLog>,
        super::error::Error,
    > {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::DELETE,
            "/timeLogs".to_string(),
            "delete_time_log",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Get a specific Time Log
    ///
    /// This endpoint retrieves a specific time log.
    ///
    /// `GET /timeLogs/{id}`
    ///
    /// Source: `source/includes/_TimeLogs.md:217`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_time_log(
        &self,
        id: impl Into<String>,
    ) -> Result<super::types::GetTimeLogResponse, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/timeLogs/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_time_log",
                    "id",
                )?,
            ]
                .concat(),
            "get_time_log",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::get_time_log`](super::client::Client::get_time_log) with the response's status and headers.
    pub async fn get_time_log_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::GetTimeLogResponse>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/timeLogs/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_time_log",
                    "id",
                )?,
            ]
                .concat(),
            "get_time_log",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Get Time Categories
    ///
    /// This endpoint retrieves time categories.
    ///
    /// `GET /timeCategories`
    ///
    /// Source: `source/includes/_TimeLogs.md:289`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    ///
    /// Returns a [`ListTimeCategoriesRequest`]: set optional parameters on it, then call `.send().await`.
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
    /// `GET /timeCategories/{id}`
    ///
    /// Source: `source/includes/_TimeLogs.md:359`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_time_category(
        &self,
        id: impl Into<String>,
    ) -> Result<super::types::GetTimeCategoryResponse, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/timeCategories/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_time_category",
                    "id",
                )?,
            ]
                .concat(),
            "get_time_category",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::get_time_category`](super::client::Client::get_time_category) with the response's status and headers.
    pub async fn get_time_category_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::GetTimeCategoryResponse>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/timeCategories/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_time_category",
                    "id",
                )?,
            ]
                .concat(),
            "get_time_category",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Get Users
    ///
    /// This endpoint retrieves users.
    ///
    /// E.g. `https://app.seventime.se/api/2/users/?name=Anna Andersson`
    ///
    /// `GET /users`
    ///
    /// Source: `source/includes/_Users.md:71`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    ///
    /// Returns a [`ListUsersRequest`]: set optional parameters on it, then call `.send().await`.
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

    /// Every item of [`Client::list_users`](super::client::Client::list_users), page after page, fetched lazily.
    ///
    /// Shorthand for `client.list_users(..).stream()` with no optional parameter set.
    #[allow(deprecated, reason = "the operation is deprecated; so is its stream")]
    pub fn list_users_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<super::types::User, super::error::Error>,
    > + Send + 'static {
        self.list_users().stream()
    }

    /// Update a User
    ///
    /// This endpoint updates a specific user.
    ///
    /// The table below shows the required fields. Other available fields can be found in the section 'Create a User'.
    ///
    /// `PUT /users`
    ///
    /// Source: `source/includes/_Users.md:567`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn update_user(
        &self,
        body: super::types::UpdateUserRequest,
    ) -> Result<super::types::User, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PUT,
            "/users".to_string(),
            "update_user",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::update_user`](super::client::Client::update_user) with the response's status and headers.
    pub async fn update_user_with_response(
        &self,
        body: super::types::UpdateUserRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::User>,
        super::error::Error,
    > {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PUT,
            "/users".to_string(),
            "update_user",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Create a User
    ///
    /// This endpoint creates a user.
    ///
    /// `POST /users`
    ///
    /// Source: `source/includes/_Users.md:485`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn create_user(
        &self,
        body: super::types::CreateUserRequest,
    ) -> Result<super::types::User, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            "/users".to_string(),
            "create_user",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::create_user`](super::client::Client::create_user) with the response's status and headers.
    pub async fn create_user_with_response(
        &self,
        body: super::types::CreateUserRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::User>,
        super::error::Error,
    > {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            "/users".to_string(),
            "create_user",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Get a specific User
    ///
    /// This endpoint retrieves a specific user
    ///
    /// `GET /users/{id}`
    ///
    /// Source: `source/includes/_Users.md:153`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_user(
        &self,
        id: impl Into<String>,
    ) -> Result<super::types::GetUserResponse, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/users/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_user",
                    "id",
                )?,
            ]
                .concat(),
            "get_user",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::get_user`](super::client::Client::get_user) with the response's status and headers.
    pub async fn get_user_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::GetUserResponse>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/users/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_user",
                    "id",
                )?,
            ]
                .concat(),
            "get_user",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Get User Roles
    ///
    /// This endpoint retrieves user roles.
    ///
    /// `GET /userRoles`
    ///
    /// Source: `source/includes/_Users.md:214`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    ///
    /// Returns a [`ListUserRolesRequest`]: set optional parameters on it, then call `.send().await`.
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
    /// `GET /defaultSalaryTypes`
    ///
    /// Source: `source/includes/_Users.md:286`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    ///
    /// Returns a [`ListDefaultSalaryTypesRequest`]: set optional parameters on it, then call `.send().await`.
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
    /// `GET /userSkills`
    ///
    /// Source: `source/includes/_Users.md:349`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    ///
    /// Returns a [`ListUserSkillsRequest`]: set optional parameters on it, then call `.send().await`.
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
    /// `GET /userWorkTypes`
    ///
    /// Source: `source/includes/_Users.md:411`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    ///
    /// Returns a [`ListUserWorkTypesRequest`]: set optional parameters on it, then call `.send().await`.
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
    /// `GET /vehicles`
    ///
    /// Source: `source/includes/_Vehicles.md:61`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    ///
    /// Returns a [`ListVehiclesRequest`]: set optional parameters on it, then call `.send().await`.
    pub fn list_vehicles(&self) -> ListVehiclesRequest {
        ListVehiclesRequest {
            client: self.clone(),
            sort_by: None,
            sort_direction: None,
            limit: None,
            page: None,
        }
    }

    /// Every item of [`Client::list_vehicles`](super::client::Client::list_vehicles), page after page, fetched lazily.
    ///
    /// Shorthand for `client.list_vehicles(..).stream()` with no optional parameter set.
    #[allow(deprecated, reason = "the operation is deprecated; so is its stream")]
    pub fn list_vehicles_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<super::types::Vehicle, super::error::Error>,
    > + Send + 'static {
        self.list_vehicles().stream()
    }

    /// Get a specific Vehicles
    ///
    /// This endpoint retrieves a specific vehicle.
    ///
    /// `GET /vehicles/{id}`
    ///
    /// Source: `source/includes/_Vehicles.md:121`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_vehicle(
        &self,
        id: impl Into<String>,
    ) -> Result<super::types::GetVehicleResponse, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/vehicles/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_vehicle",
                    "id",
                )?,
            ]
                .concat(),
            "get_vehicle",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::get_vehicle`](super::client::Client::get_vehicle) with the response's status and headers.
    pub async fn get_vehicle_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::GetVehicleResponse>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/vehicles/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_vehicle",
                    "id",
                )?,
            ]
                .concat(),
            "get_vehicle",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Get Work Orders
    ///
    /// This endpoint retrieves work orders.
    ///
    /// E.g. `https://app.seventime.se/api/2/workOrders/?workOrderNumber=5555`
    ///
    /// `GET /workOrders`
    ///
    /// Source: `source/includes/_WorkOrders.md:94`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    ///
    /// Returns a [`ListWorkOrdersRequest`]: set optional parameters on it, then call `.send().await`.
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

    /// Every item of [`Client::list_work_orders`](super::client::Client::list_work_orders), page after page, fetched lazily.
    ///
    /// Shorthand for `client.list_work_orders(..).stream()` with no optional parameter set.
    #[allow(deprecated, reason = "the operation is deprecated; so is its stream")]
    pub fn list_work_orders_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<super::types::WorkOrder, super::error::Error>,
    > + Send + 'static {
        self.list_work_orders().stream()
    }

    /// Update a Work order
    ///
    /// This endpoint updates a work order.
    ///
    /// The table below shows the required fields. Other available fields can be found in the section 'Create a Work Order'.
    ///
    /// `PUT /workOrders`
    ///
    /// Source: `source/includes/_WorkOrders.md:683`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn update_work_order(
        &self,
        body: super::types::UpdateWorkOrderRequest,
    ) -> Result<super::types::WorkOrder, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PUT,
            "/workOrders".to_string(),
            "update_work_order",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::update_work_order`](super::client::Client::update_work_order) with the response's status and headers.
    pub async fn update_work_order_with_response(
        &self,
        body: super::types::UpdateWorkOrderRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::WorkOrder>,
        super::error::Error,
    > {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PUT,
            "/workOrders".to_string(),
            "update_work_order",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
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
    /// `POST /workOrders`
    ///
    /// Source: `source/includes/_WorkOrders.md:473`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn create_work_order(
        &self,
        body: super::types::CreateWorkOrderRequest,
    ) -> Result<super::types::WorkOrder, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            "/workOrders".to_string(),
            "create_work_order",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::create_work_order`](super::client::Client::create_work_order) with the response's status and headers.
    pub async fn create_work_order_with_response(
        &self,
        body: super::types::CreateWorkOrderRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::WorkOrder>,
        super::error::Error,
    > {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            "/workOrders".to_string(),
            "create_work_order",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Get a specific Work order
    ///
    /// This endpoint retrieves a specific work order.
    ///
    /// `GET /workOrders/{id}`
    ///
    /// Source: `source/includes/_WorkOrders.md:198`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn get_work_order(
        &self,
        id: impl Into<String>,
    ) -> Result<super::types::GetWorkOrderResponse, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/workOrders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_work_order",
                    "id",
                )?,
            ]
                .concat(),
            "get_work_order",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::get_work_order`](super::client::Client::get_work_order) with the response's status and headers.
    pub async fn get_work_order_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::GetWorkOrderResponse>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/workOrders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_work_order",
                    "id",
                )?,
            ]
                .concat(),
            "get_work_order",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Get work order types
    ///
    /// This endpoint retrieves work order types.
    ///
    /// `GET /workOrderTypes`
    ///
    /// Source: `source/includes/_WorkOrders.md:261`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    ///
    /// Returns a [`ListWorkOrderTypesRequest`]: set optional parameters on it, then call `.send().await`.
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
    /// `GET /workOrderTags`
    ///
    /// Source: `source/includes/_WorkOrders.md:324`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    ///
    /// Returns a [`ListWorkOrderTagsRequest`]: set optional parameters on it, then call `.send().await`.
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
    /// `GET /workOrderStatuses`
    ///
    /// Source: `source/includes/_WorkOrders.md:391`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    pub async fn list_work_order_statuses(
        &self,
    ) -> Result<super::types::ListWorkOrderStatusesResponse, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/workOrderStatuses".to_string(),
            "list_work_order_statuses",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::list_work_order_statuses`](super::client::Client::list_work_order_statuses) with the response's status and headers.
    pub async fn list_work_order_statuses_with_response(
        &self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListWorkOrderStatusesResponse>,
        super::error::Error,
    > {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/workOrderStatuses".to_string(),
            "list_work_order_statuses",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Get Custom fields
    ///
    /// This endpoint retrieves custom fields.
    ///
    /// Entity types
    ///
    /// `GET /customFields`
    ///
    /// Source: `source/inProgress.html.md:112`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 500, 503, 429.
    ///
    /// Returns a [`ListCustomFieldsRequest`]: set optional parameters on it, then call `.send().await`.
    pub fn list_custom_fields(&self) -> ListCustomFieldsRequest {
        ListCustomFieldsRequest {
            client: self.clone(),
            entity_type: None,
        }
    }
}

/// Request builder for [`Client::list_contact_persons`](super::client::Client::list_contact_persons): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListContactPersonsRequest {
    client: super::client::Client,
    customer_id: Option<String>,
    sort_by: Option<String>,
    sort_direction: Option<String>,
    limit: Option<String>,
    page: Option<String>,
}

impl ListContactPersonsRequest {
    /// Sets `customerId`.
    ///
    /// The id of the customer which the contact persons belong to. If not specified, all contact persons will be retrivied, regardless of which customer they belong to
    pub fn customer_id(mut self, customer_id: impl Into<String>) -> Self {
        self.customer_id = Some(customer_id.into());
        self
    }

    /// Sets `sortBy`.
    ///
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// Sets `sortDirection`.
    ///
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

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/contactPersons".to_string(),
            "list_contact_persons",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.customer_id {
            parts
                .query
                .push(("customerId".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_by {
            parts
                .query
                .push(("sortBy".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_direction {
            parts
                .query
                .push((
                    "sortDirection".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.limit {
            parts.query.push(("limit".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.page {
            parts.query.push(("page".to_string(), super::runtime::param_string(value)));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListContactPersonsResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListContactPersonsResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<
        Item = Result<super::types::ContactPerson, super::error::Error>,
    > + Send + 'static {
        let parts = self.parts();
        super::pagination::paginate(
            self.client,
            parts,
            super::pagination::Config {
                style: super::pagination::Style::Page {
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

/// Request builder for [`Client::list_customers`](super::client::Client::list_customers): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListCustomersRequest {
    client: super::client::Client,
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
    /// Sets `name`.
    ///
    /// If specified, customers that match the parameter will be included.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Sets `customerNumber`.
    ///
    /// If specified, customers that match the parameter will be included.
    pub fn customer_number(mut self, customer_number: impl Into<String>) -> Self {
        self.customer_number = Some(customer_number.into());
        self
    }

    /// Sets `organizationNumber`.
    ///
    /// If specified, customers that match the parameter will be included.
    pub fn organization_number(
        mut self,
        organization_number: impl Into<String>,
    ) -> Self {
        self.organization_number = Some(organization_number.into());
        self
    }

    /// Sets `city`.
    ///
    /// If specified, customers that match the parameter will be included.
    pub fn city(mut self, city: impl Into<String>) -> Self {
        self.city = Some(city.into());
        self
    }

    /// Sets `sortBy`.
    ///
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// Sets `sortDirection`.
    ///
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

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/customers".to_string(),
            "list_customers",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.name {
            parts.query.push(("name".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.customer_number {
            parts
                .query
                .push((
                    "customerNumber".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.organization_number {
            parts
                .query
                .push((
                    "organizationNumber".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.city {
            parts.query.push(("city".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_by {
            parts
                .query
                .push(("sortBy".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_direction {
            parts
                .query
                .push((
                    "sortDirection".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.limit {
            parts.query.push(("limit".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.page {
            parts.query.push(("page".to_string(), super::runtime::param_string(value)));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListCustomersResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListCustomersResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<
        Item = Result<super::types::Customer, super::error::Error>,
    > + Send + 'static {
        let parts = self.parts();
        super::pagination::paginate(
            self.client,
            parts,
            super::pagination::Config {
                style: super::pagination::Style::Page {
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

/// Request builder for [`Client::list_departments`](super::client::Client::list_departments): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListDepartmentsRequest {
    client: super::client::Client,
    sort_by: Option<String>,
    sort_direction: Option<String>,
    page: Option<i64>,
    limit: Option<i64>,
}

impl ListDepartmentsRequest {
    /// Sets `sortBy`.
    ///
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// Sets `sortDirection`.
    ///
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

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/departments".to_string(),
            "list_departments",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.sort_by {
            parts
                .query
                .push(("sortBy".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_direction {
            parts
                .query
                .push((
                    "sortDirection".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.page {
            parts.query.push(("page".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.limit {
            parts.query.push(("limit".to_string(), super::runtime::param_string(value)));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListDepartmentsResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListDepartmentsResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<
        Item = Result<super::types::Department, super::error::Error>,
    > + Send + 'static {
        let parts = self.parts();
        super::pagination::paginate(
            self.client,
            parts,
            super::pagination::Config {
                style: super::pagination::Style::Page {
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

/// Request builder for [`Client::list_distributors`](super::client::Client::list_distributors): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListDistributorsRequest {
    client: super::client::Client,
    name: Option<String>,
    sort_by: Option<String>,
    sort_direction: Option<String>,
    limit: Option<String>,
    page: Option<String>,
}

impl ListDistributorsRequest {
    /// Sets `name`.
    ///
    /// If specified, distributors that match the parameter will be included.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Sets `sortBy`.
    ///
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// Sets `sortDirection`.
    ///
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

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/distributors".to_string(),
            "list_distributors",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.name {
            parts.query.push(("name".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_by {
            parts
                .query
                .push(("sortBy".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_direction {
            parts
                .query
                .push((
                    "sortDirection".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.limit {
            parts.query.push(("limit".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.page {
            parts.query.push(("page".to_string(), super::runtime::param_string(value)));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListDistributorsResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListDistributorsResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<
        Item = Result<super::types::Distributor, super::error::Error>,
    > + Send + 'static {
        let parts = self.parts();
        super::pagination::paginate(
            self.client,
            parts,
            super::pagination::Config {
                style: super::pagination::Style::Page {
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

/// Request builder for [`Client::list_distributor_contact_persons`](super::client::Client::list_distributor_contact_persons): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListDistributorContactPersonsRequest {
    client: super::client::Client,
    distributor: Option<String>,
    sort_by: Option<String>,
    sort_direction: Option<String>,
}

impl ListDistributorContactPersonsRequest {
    /// Sets `distributor`.
    ///
    /// Id of the distributor. This field must be included
    pub fn distributor(mut self, distributor: impl Into<String>) -> Self {
        self.distributor = Some(distributor.into());
        self
    }

    /// Sets `sortBy`.
    ///
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// Sets `sortDirection`.
    ///
    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/distributorContactPersons".to_string(),
            "list_distributor_contact_persons",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.distributor {
            parts
                .query
                .push(("distributor".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_by {
            parts
                .query
                .push(("sortBy".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_direction {
            parts
                .query
                .push((
                    "sortDirection".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<
        super::types::ListDistributorContactPersonsResponse,
        super::error::Error,
    > {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<
            super::types::ListDistributorContactPersonsResponse,
        >,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}

/// Request builder for [`Client::list_driver_journals`](super::client::Client::list_driver_journals): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListDriverJournalsRequest {
    client: super::client::Client,
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
    /// Sets `projectName`.
    ///
    /// If specified, driver journals that match the parameter will be included.
    pub fn project_name(mut self, project_name: impl Into<String>) -> Self {
        self.project_name = Some(project_name.into());
        self
    }

    /// Sets `customerName`.
    ///
    /// If specified, driver journals that match the parameter will be included.
    pub fn customer_name(mut self, customer_name: impl Into<String>) -> Self {
        self.customer_name = Some(customer_name.into());
        self
    }

    /// Sets `driverJournalItemTypeName`.
    ///
    /// If specified, driver journals that match the parameter will be included.
    pub fn driver_journal_item_type_name(
        mut self,
        driver_journal_item_type_name: impl Into<String>,
    ) -> Self {
        self.driver_journal_item_type_name = Some(driver_journal_item_type_name.into());
        self
    }

    /// Sets `isInvoiceable`.
    ///
    /// If specified, driver journals that match the parameter will be included.
    pub fn is_invoiceable(mut self, is_invoiceable: impl Into<String>) -> Self {
        self.is_invoiceable = Some(is_invoiceable.into());
        self
    }

    /// Sets `workOrderTitle`.
    ///
    /// If specified, driver journals that match the parameter will be included.
    pub fn work_order_title(mut self, work_order_title: impl Into<String>) -> Self {
        self.work_order_title = Some(work_order_title.into());
        self
    }

    /// Sets `workOrderNumber`.
    ///
    /// If specified, driver journals that match the parameter will be included.
    pub fn work_order_number(mut self, work_order_number: impl Into<String>) -> Self {
        self.work_order_number = Some(work_order_number.into());
        self
    }

    /// Sets `carRegistrationNumber`.
    ///
    /// If specified, driver journals that match the parameter will be included.
    pub fn car_registration_number(
        mut self,
        car_registration_number: impl Into<String>,
    ) -> Self {
        self.car_registration_number = Some(car_registration_number.into());
        self
    }

    /// Sets `startAddress`.
    ///
    /// If specified, driver journals that match the parameter will be included.
    pub fn start_address(mut self, start_address: impl Into<String>) -> Self {
        self.start_address = Some(start_address.into());
        self
    }

    /// Sets `endAddress`.
    ///
    /// If specified, driver journals that match the parameter will be included.
    pub fn end_address(mut self, end_address: impl Into<String>) -> Self {
        self.end_address = Some(end_address.into());
        self
    }

    /// Sets `fromDate`.
    ///
    /// If specified, driver journals registered after or on this date will be included. The date has to be in the format 'YYYY-MM-DD'
    pub fn from_date(mut self, from_date: impl Into<String>) -> Self {
        self.from_date = Some(from_date.into());
        self
    }

    /// Sets `toDate`.
    ///
    /// If specified, driver journals registered before or on this date will be included. The date has to be in the format 'YYYY-MM-DD'
    pub fn to_date(mut self, to_date: impl Into<String>) -> Self {
        self.to_date = Some(to_date.into());
        self
    }

    /// Sets `sortBy`.
    ///
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// Sets `sortDirection`.
    ///
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

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/driverJournals".to_string(),
            "list_driver_journals",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.project_name {
            parts
                .query
                .push(("projectName".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.customer_name {
            parts
                .query
                .push(("customerName".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.driver_journal_item_type_name {
            parts
                .query
                .push((
                    "driverJournalItemTypeName".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.is_invoiceable {
            parts
                .query
                .push((
                    "isInvoiceable".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.work_order_title {
            parts
                .query
                .push((
                    "workOrderTitle".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.work_order_number {
            parts
                .query
                .push((
                    "workOrderNumber".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.car_registration_number {
            parts
                .query
                .push((
                    "carRegistrationNumber".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.start_address {
            parts
                .query
                .push(("startAddress".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.end_address {
            parts
                .query
                .push(("endAddress".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.from_date {
            parts
                .query
                .push(("fromDate".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.to_date {
            parts
                .query
                .push(("toDate".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_by {
            parts
                .query
                .push(("sortBy".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_direction {
            parts
                .query
                .push((
                    "sortDirection".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.limit {
            parts.query.push(("limit".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.page {
            parts.query.push(("page".to_string(), super::runtime::param_string(value)));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListDriverJournalsResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListDriverJournalsResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<
        Item = Result<super::types::DriverJournal, super::error::Error>,
    > + Send + 'static {
        let parts = self.parts();
        super::pagination::paginate(
            self.client,
            parts,
            super::pagination::Config {
                style: super::pagination::Style::Page {
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

/// Request builder for [`Client::list_driver_journal_types`](super::client::Client::list_driver_journal_types): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListDriverJournalTypesRequest {
    client: super::client::Client,
    sort_by: Option<String>,
    sort_direction: Option<String>,
}

impl ListDriverJournalTypesRequest {
    /// Sets `sortBy`.
    ///
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// Sets `sortDirection`.
    ///
    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/driverJournalTypes".to_string(),
            "list_driver_journal_types",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.sort_by {
            parts
                .query
                .push(("sortBy".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_direction {
            parts
                .query
                .push((
                    "sortDirection".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListDriverJournalTypesResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListDriverJournalTypesResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}

/// Request builder for [`Client::list_expenses`](super::client::Client::list_expenses): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListExpensesRequest {
    client: super::client::Client,
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
    /// Sets `name`.
    ///
    /// If specified, expenses that match the parameter will be included.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Sets `articleNumber`.
    ///
    /// If specified, expenses that match the parameter will be included.
    pub fn article_number(mut self, article_number: impl Into<String>) -> Self {
        self.article_number = Some(article_number.into());
        self
    }

    /// Sets `customer`.
    ///
    /// If specified, expenses that match the parameter will be included.
    pub fn customer(mut self, customer: impl Into<String>) -> Self {
        self.customer = Some(customer.into());
        self
    }

    /// Sets `project`.
    ///
    /// If specified, expenses that match the parameter will be included.
    pub fn project(mut self, project: impl Into<String>) -> Self {
        self.project = Some(project.into());
        self
    }

    /// Sets `distributor`.
    ///
    /// If specified, expenses that match the parameter will be included.
    pub fn distributor(mut self, distributor: impl Into<String>) -> Self {
        self.distributor = Some(distributor.into());
        self
    }

    /// Sets `fromDate`.
    ///
    /// If specified, expenses registered after or on this date will be included. The date has to be in the format 'YYYY-MM-DD'
    pub fn from_date(mut self, from_date: impl Into<String>) -> Self {
        self.from_date = Some(from_date.into());
        self
    }

    /// Sets `toDate`.
    ///
    /// If specified, expenses registered before or on this date will be included. The date has to be in the format 'YYYY-MM-DD'
    pub fn to_date(mut self, to_date: impl Into<String>) -> Self {
        self.to_date = Some(to_date.into());
        self
    }

    /// Sets `sortBy`.
    ///
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// Sets `sortDirection`.
    ///
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

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/expenses".to_string(),
            "list_expenses",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.name {
            parts.query.push(("name".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.article_number {
            parts
                .query
                .push((
                    "articleNumber".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.customer {
            parts
                .query
                .push(("customer".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.project {
            parts
                .query
                .push(("project".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.distributor {
            parts
                .query
                .push(("distributor".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.from_date {
            parts
                .query
                .push(("fromDate".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.to_date {
            parts
                .query
                .push(("toDate".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_by {
            parts
                .query
                .push(("sortBy".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_direction {
            parts
                .query
                .push((
                    "sortDirection".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.limit {
            parts.query.push(("limit".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.page {
            parts.query.push(("page".to_string(), super::runtime::param_string(value)));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListExpensesResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListExpensesResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<
        Item = Result<super::types::Expense, super::error::Error>,
    > + Send + 'static {
        let parts = self.parts();
        super::pagination::paginate(
            self.client,
            parts,
            super::pagination::Config {
                style: super::pagination::Style::Page {
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

/// Request builder for [`Client::list_expense_items`](super::client::Client::list_expense_items): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListExpenseItemsRequest {
    client: super::client::Client,
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
    /// Sets `name`.
    ///
    /// If specified, expense items that match the parameter will be included.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Sets `articleNumber`.
    ///
    /// If specified, expense items that match the parameter will be included.
    pub fn article_number(mut self, article_number: impl Into<String>) -> Self {
        self.article_number = Some(article_number.into());
        self
    }

    /// Sets `distributorName`.
    ///
    /// If specified, expense items that match the parameter will be included.
    pub fn distributor_name(mut self, distributor_name: impl Into<String>) -> Self {
        self.distributor_name = Some(distributor_name.into());
        self
    }

    /// Sets `description`.
    ///
    /// If specified, expense items that match the parameter will be included.
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// Sets `parentExpenseItemName`.
    ///
    /// If specified, expense items that match the parameter will be included.
    pub fn parent_expense_item_name(
        mut self,
        parent_expense_item_name: impl Into<String>,
    ) -> Self {
        self.parent_expense_item_name = Some(parent_expense_item_name.into());
        self
    }

    /// Sets `isInvoiceable`.
    ///
    /// If specified, expense items that match the parameter will be included.
    pub fn is_invoiceable(mut self, is_invoiceable: impl Into<String>) -> Self {
        self.is_invoiceable = Some(is_invoiceable.into());
        self
    }

    /// Sets `isActive`.
    ///
    /// If specified, expense items that match the parameter will be included.
    pub fn is_active(mut self, is_active: impl Into<String>) -> Self {
        self.is_active = Some(is_active.into());
        self
    }

    /// Sets `favorite`.
    ///
    /// If specified, expense items that match the parameter will be included.
    pub fn favorite(mut self, favorite: impl Into<String>) -> Self {
        self.favorite = Some(favorite.into());
        self
    }

    /// Sets `sortBy`.
    ///
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// Sets `sortDirection`.
    ///
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

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/expenseItems".to_string(),
            "list_expense_items",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.name {
            parts.query.push(("name".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.article_number {
            parts
                .query
                .push((
                    "articleNumber".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.distributor_name {
            parts
                .query
                .push((
                    "distributorName".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.description {
            parts
                .query
                .push(("description".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.parent_expense_item_name {
            parts
                .query
                .push((
                    "parentExpenseItemName".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.is_invoiceable {
            parts
                .query
                .push((
                    "isInvoiceable".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.is_active {
            parts
                .query
                .push(("isActive".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.favorite {
            parts
                .query
                .push(("favorite".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_by {
            parts
                .query
                .push(("sortBy".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_direction {
            parts
                .query
                .push((
                    "sortDirection".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.limit {
            parts.query.push(("limit".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.page {
            parts.query.push(("page".to_string(), super::runtime::param_string(value)));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListExpenseItemsResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListExpenseItemsResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<
        Item = Result<super::types::ExpenseItem, super::error::Error>,
    > + Send + 'static {
        let parts = self.parts();
        super::pagination::paginate(
            self.client,
            parts,
            super::pagination::Config {
                style: super::pagination::Style::Page {
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

/// Request builder for [`Client::list_invoices`](super::client::Client::list_invoices): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListInvoicesRequest {
    client: super::client::Client,
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
    /// Sets `invoiceNumber`.
    ///
    /// If specified, invoices that match the parameter will be included.
    pub fn invoice_number(mut self, invoice_number: impl Into<String>) -> Self {
        self.invoice_number = Some(invoice_number.into());
        self
    }

    /// Sets `OCRNumber`.
    ///
    /// If specified, invoices that match the parameter will be included.
    pub fn ocr_number(mut self, ocr_number: impl Into<String>) -> Self {
        self.ocr_number = Some(ocr_number.into());
        self
    }

    /// Sets `customerNumber`.
    ///
    /// If specified, invoices that match the parameter will be included.
    pub fn customer_number(mut self, customer_number: impl Into<String>) -> Self {
        self.customer_number = Some(customer_number.into());
        self
    }

    /// Sets `fromInvoiceDate`.
    ///
    /// If specified, invoices with invoice date after or on this date will be included. The date has to be in the format 'YYYY-MM-DD'
    pub fn from_invoice_date(mut self, from_invoice_date: impl Into<String>) -> Self {
        self.from_invoice_date = Some(from_invoice_date.into());
        self
    }

    /// Sets `toInvoiceDate`.
    ///
    /// If specified, invoices with invoice date before or on this date will be included. The date has to be in the format 'YYYY-MM-DD'
    pub fn to_invoice_date(mut self, to_invoice_date: impl Into<String>) -> Self {
        self.to_invoice_date = Some(to_invoice_date.into());
        self
    }

    /// Sets `fromDueDate`.
    ///
    /// If specified, invoices with due date after or on this date will be included. The date has to be in the format 'YYYY-MM-DD'
    pub fn from_due_date(mut self, from_due_date: impl Into<String>) -> Self {
        self.from_due_date = Some(from_due_date.into());
        self
    }

    /// Sets `toDueDate`.
    ///
    /// If specified, invoices with due date before or on this date will be included. The date has to be in the format 'YYYY-MM-DD'
    pub fn to_due_date(mut self, to_due_date: impl Into<String>) -> Self {
        self.to_due_date = Some(to_due_date.into());
        self
    }

    /// Sets `sortBy`.
    ///
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// Sets `sortDirection`.
    ///
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

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/invoices".to_string(),
            "list_invoices",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.invoice_number {
            parts
                .query
                .push((
                    "invoiceNumber".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.ocr_number {
            parts
                .query
                .push(("OCRNumber".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.customer_number {
            parts
                .query
                .push((
                    "customerNumber".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.from_invoice_date {
            parts
                .query
                .push((
                    "fromInvoiceDate".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.to_invoice_date {
            parts
                .query
                .push((
                    "toInvoiceDate".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.from_due_date {
            parts
                .query
                .push(("fromDueDate".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.to_due_date {
            parts
                .query
                .push(("toDueDate".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_by {
            parts
                .query
                .push(("sortBy".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_direction {
            parts
                .query
                .push((
                    "sortDirection".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.limit {
            parts.query.push(("limit".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.page {
            parts.query.push(("page".to_string(), super::runtime::param_string(value)));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListInvoicesResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListInvoicesResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<
        Item = Result<super::types::Invoice, super::error::Error>,
    > + Send + 'static {
        let parts = self.parts();
        super::pagination::paginate(
            self.client,
            parts,
            super::pagination::Config {
                style: super::pagination::Style::Page {
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

/// Request builder for [`Client::list_invoice_tags`](super::client::Client::list_invoice_tags): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListInvoiceTagsRequest {
    client: super::client::Client,
    sort_by: Option<String>,
    sort_direction: Option<String>,
}

impl ListInvoiceTagsRequest {
    /// Sets `sortBy`.
    ///
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// Sets `sortDirection`.
    ///
    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/invoiceTags".to_string(),
            "list_invoice_tags",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.sort_by {
            parts
                .query
                .push(("sortBy".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_direction {
            parts
                .query
                .push((
                    "sortDirection".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListInvoiceTagsResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListInvoiceTagsResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}

/// Request builder for [`Client::list_machines`](super::client::Client::list_machines): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListMachinesRequest {
    client: super::client::Client,
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
    /// Sets `name`.
    ///
    /// If specified, invoices that match the parameter will be included.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Sets `machineNumber`.
    ///
    /// If specified, invoices that match the parameter will be included.
    pub fn machine_number(mut self, machine_number: impl Into<String>) -> Self {
        self.machine_number = Some(machine_number.into());
        self
    }

    /// Sets `machineTypeName`.
    ///
    /// If specified, invoices that match the parameter will be included.
    pub fn machine_type_name(mut self, machine_type_name: impl Into<String>) -> Self {
        self.machine_type_name = Some(machine_type_name.into());
        self
    }

    /// Sets `machineModel`.
    ///
    /// If specified, invoices that match the parameter will be included.
    pub fn machine_model(mut self, machine_model: impl Into<String>) -> Self {
        self.machine_model = Some(machine_model.into());
        self
    }

    /// Sets `serialNumber`.
    ///
    /// If specified, invoices that match the parameter will be included.
    pub fn serial_number(mut self, serial_number: impl Into<String>) -> Self {
        self.serial_number = Some(serial_number.into());
        self
    }

    /// Sets `serviceable`.
    ///
    /// If specified, invoices that match the parameter will be included.
    pub fn serviceable(mut self, serviceable: impl Into<String>) -> Self {
        self.serviceable = Some(serviceable.into());
        self
    }

    /// Sets `sortBy`.
    ///
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// Sets `sortDirection`.
    ///
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

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/machines".to_string(),
            "list_machines",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.name {
            parts.query.push(("name".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.machine_number {
            parts
                .query
                .push((
                    "machineNumber".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.machine_type_name {
            parts
                .query
                .push((
                    "machineTypeName".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.machine_model {
            parts
                .query
                .push(("machineModel".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.serial_number {
            parts
                .query
                .push(("serialNumber".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.serviceable {
            parts
                .query
                .push(("serviceable".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_by {
            parts
                .query
                .push(("sortBy".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_direction {
            parts
                .query
                .push((
                    "sortDirection".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.limit {
            parts.query.push(("limit".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.page {
            parts.query.push(("page".to_string(), super::runtime::param_string(value)));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListMachinesResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListMachinesResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<
        Item = Result<super::types::Machine, super::error::Error>,
    > + Send + 'static {
        let parts = self.parts();
        super::pagination::paginate(
            self.client,
            parts,
            super::pagination::Config {
                style: super::pagination::Style::Page {
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

/// Request builder for [`Client::list_machine_types`](super::client::Client::list_machine_types): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListMachineTypesRequest {
    client: super::client::Client,
    sort_by: Option<String>,
    sort_direction: Option<String>,
}

impl ListMachineTypesRequest {
    /// Sets `sortBy`.
    ///
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// Sets `sortDirection`.
    ///
    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/machineTypes".to_string(),
            "list_machine_types",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.sort_by {
            parts
                .query
                .push(("sortBy".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_direction {
            parts
                .query
                .push((
                    "sortDirection".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListMachineTypesResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListMachineTypesResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}

/// Request builder for [`Client::list_machine_time_logs`](super::client::Client::list_machine_time_logs): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListMachineTimeLogsRequest {
    client: super::client::Client,
    from_date: Option<String>,
    to_date: Option<String>,
    sort_by: Option<String>,
    sort_direction: Option<String>,
    limit: Option<String>,
    page: Option<String>,
}

impl ListMachineTimeLogsRequest {
    /// Sets `fromDate`.
    ///
    /// If specified, machine time logs registered after or on this date will be included. The date has to be in the format 'YYYY-MM-DD'
    pub fn from_date(mut self, from_date: impl Into<String>) -> Self {
        self.from_date = Some(from_date.into());
        self
    }

    /// Sets `toDate`.
    ///
    /// If specified, machine time logs registered before or on this date will be included. The date has to be in the format 'YYYY-MM-DD'
    pub fn to_date(mut self, to_date: impl Into<String>) -> Self {
        self.to_date = Some(to_date.into());
        self
    }

    /// Sets `sortBy`.
    ///
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// Sets `sortDirection`.
    ///
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

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/machineTimeLogs".to_string(),
            "list_machine_time_logs",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.from_date {
            parts
                .query
                .push(("fromDate".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.to_date {
            parts
                .query
                .push(("toDate".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_by {
            parts
                .query
                .push(("sortBy".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_direction {
            parts
                .query
                .push((
                    "sortDirection".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.limit {
            parts.query.push(("limit".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.page {
            parts.query.push(("page".to_string(), super::runtime::param_string(value)));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListMachineTimeLogsResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListMachineTimeLogsResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<
        Item = Result<super::types::MachineTimeLog, super::error::Error>,
    > + Send + 'static {
        let parts = self.parts();
        super::pagination::paginate(
            self.client,
            parts,
            super::pagination::Config {
                style: super::pagination::Style::Page {
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

/// Request builder for [`Client::list_price_lists`](super::client::Client::list_price_lists): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListPriceListsRequest {
    client: super::client::Client,
    sort_by: Option<String>,
    sort_direction: Option<String>,
    limit: Option<String>,
    page: Option<String>,
}

impl ListPriceListsRequest {
    /// Sets `sortBy`.
    ///
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// Sets `sortDirection`.
    ///
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

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/priceLists".to_string(),
            "list_price_lists",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.sort_by {
            parts
                .query
                .push(("sortBy".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_direction {
            parts
                .query
                .push((
                    "sortDirection".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.limit {
            parts.query.push(("limit".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.page {
            parts.query.push(("page".to_string(), super::runtime::param_string(value)));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListPriceListsResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListPriceListsResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<
        Item = Result<super::types::PriceList, super::error::Error>,
    > + Send + 'static {
        let parts = self.parts();
        super::pagination::paginate(
            self.client,
            parts,
            super::pagination::Config {
                style: super::pagination::Style::Page {
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

/// Request builder for [`Client::list_projects`](super::client::Client::list_projects): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListProjectsRequest {
    client: super::client::Client,
    name: Option<String>,
    project_number: Option<String>,
    sort_by: Option<String>,
    sort_direction: Option<String>,
    limit: Option<String>,
    page: Option<String>,
}

impl ListProjectsRequest {
    /// Sets `name`.
    ///
    /// If specified, projects that match the parameter will be included.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Sets `projectNumber`.
    ///
    /// If specified, projects that match the parameter will be included.
    pub fn project_number(mut self, project_number: impl Into<String>) -> Self {
        self.project_number = Some(project_number.into());
        self
    }

    /// Sets `sortBy`.
    ///
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// Sets `sortDirection`.
    ///
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

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/projects".to_string(),
            "list_projects",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.name {
            parts.query.push(("name".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.project_number {
            parts
                .query
                .push((
                    "projectNumber".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.sort_by {
            parts
                .query
                .push(("sortBy".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_direction {
            parts
                .query
                .push((
                    "sortDirection".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.limit {
            parts.query.push(("limit".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.page {
            parts.query.push(("page".to_string(), super::runtime::param_string(value)));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListProjectsResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListProjectsResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<
        Item = Result<super::types::Project, super::error::Error>,
    > + Send + 'static {
        let parts = self.parts();
        super::pagination::paginate(
            self.client,
            parts,
            super::pagination::Config {
                style: super::pagination::Style::Page {
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

/// Request builder for [`Client::update_project`](super::client::Client::update_project): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateProjectRequest {
    client: super::client::Client,
    id: Option<String>,
    modified_by_user: Option<String>,
    name: Option<String>,
    customer: Option<String>,
    body: super::types::UpdateProjectRequest,
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

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PUT,
            "/projects".to_string(),
            "update_project",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.id {
            parts.query.push(("_id".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.modified_by_user {
            parts
                .query
                .push((
                    "modifiedByUser".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.name {
            parts.query.push(("name".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.customer {
            parts
                .query
                .push(("customer".to_string(), super::runtime::param_string(value)));
        }
        parts.json_body(&self.body)?;
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<super::types::Project, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::Project>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}

/// Request builder for [`Client::list_project_statuses`](super::client::Client::list_project_statuses): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListProjectStatusesRequest {
    client: super::client::Client,
    sort_by: Option<String>,
    sort_direction: Option<String>,
}

impl ListProjectStatusesRequest {
    /// Sets `sortBy`.
    ///
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// Sets `sortDirection`.
    ///
    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/projectStatuses".to_string(),
            "list_project_statuses",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.sort_by {
            parts
                .query
                .push(("sortBy".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_direction {
            parts
                .query
                .push((
                    "sortDirection".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListProjectStatusesResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListProjectStatusesResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}

/// Request builder for [`Client::list_project_types`](super::client::Client::list_project_types): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListProjectTypesRequest {
    client: super::client::Client,
    sort_by: Option<String>,
    sort_direction: Option<String>,
}

impl ListProjectTypesRequest {
    /// Sets `sortBy`.
    ///
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// Sets `sortDirection`.
    ///
    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/projectTypes".to_string(),
            "list_project_types",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.sort_by {
            parts
                .query
                .push(("sortBy".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_direction {
            parts
                .query
                .push((
                    "sortDirection".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListProjectTypesResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListProjectTypesResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}

/// Request builder for [`Client::list_project_tags`](super::client::Client::list_project_tags): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListProjectTagsRequest {
    client: super::client::Client,
    sort_by: Option<String>,
    sort_direction: Option<String>,
}

impl ListProjectTagsRequest {
    /// Sets `sortBy`.
    ///
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// Sets `sortDirection`.
    ///
    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/projectTags".to_string(),
            "list_project_tags",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.sort_by {
            parts
                .query
                .push(("sortBy".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_direction {
            parts
                .query
                .push((
                    "sortDirection".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListProjectTagsResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListProjectTagsResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}

/// Request builder for [`Client::list_purchase_orders`](super::client::Client::list_purchase_orders): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListPurchaseOrdersRequest {
    client: super::client::Client,
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
    /// Sets `purchaseOrderName`.
    ///
    /// If specified, purchase orders that match the parameter will be included.
    pub fn purchase_order_name(
        mut self,
        purchase_order_name: impl Into<String>,
    ) -> Self {
        self.purchase_order_name = Some(purchase_order_name.into());
        self
    }

    /// Sets `purchaseOrderInfoName`.
    ///
    /// If specified, purchase orders that match the parameter will be included.
    pub fn purchase_order_info_name(
        mut self,
        purchase_order_info_name: impl Into<String>,
    ) -> Self {
        self.purchase_order_info_name = Some(purchase_order_info_name.into());
        self
    }

    /// Sets `purchaseOrderNumber`.
    ///
    /// If specified, purchase orders that match the parameter will be included.
    pub fn purchase_order_number(
        mut self,
        purchase_order_number: impl Into<String>,
    ) -> Self {
        self.purchase_order_number = Some(purchase_order_number.into());
        self
    }

    /// Sets `purchaseOrderStatus`.
    ///
    /// If specified, purchase orders that match the parameter will be included.
    pub fn purchase_order_status(
        mut self,
        purchase_order_status: impl Into<String>,
    ) -> Self {
        self.purchase_order_status = Some(purchase_order_status.into());
        self
    }

    /// Sets `distributor`.
    ///
    /// If specified, purchase orders that match the parameter will be included.
    pub fn distributor(mut self, distributor: impl Into<String>) -> Self {
        self.distributor = Some(distributor.into());
        self
    }

    /// Sets `project`.
    ///
    /// If specified, purchase orders that match the parameter will be included.
    pub fn project(mut self, project: impl Into<String>) -> Self {
        self.project = Some(project.into());
        self
    }

    /// Sets `workOrder`.
    ///
    /// If specified, purchase orders that match the parameter will be included.
    pub fn work_order(mut self, work_order: impl Into<String>) -> Self {
        self.work_order = Some(work_order.into());
        self
    }

    /// Sets `workOrderNumber`.
    ///
    /// If specified, purchase orders that match the parameter will be included.
    pub fn work_order_number(mut self, work_order_number: impl Into<String>) -> Self {
        self.work_order_number = Some(work_order_number.into());
        self
    }

    /// Sets `sortBy`.
    ///
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// Sets `sortDirection`.
    ///
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

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/purchaseOrders".to_string(),
            "list_purchase_orders",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.purchase_order_name {
            parts
                .query
                .push((
                    "purchaseOrderName".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.purchase_order_info_name {
            parts
                .query
                .push((
                    "purchaseOrderInfoName".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.purchase_order_number {
            parts
                .query
                .push((
                    "purchaseOrderNumber".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.purchase_order_status {
            parts
                .query
                .push((
                    "purchaseOrderStatus".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.distributor {
            parts
                .query
                .push(("distributor".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.project {
            parts
                .query
                .push(("project".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.work_order {
            parts
                .query
                .push(("workOrder".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.work_order_number {
            parts
                .query
                .push((
                    "workOrderNumber".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.sort_by {
            parts
                .query
                .push(("sortBy".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_direction {
            parts
                .query
                .push((
                    "sortDirection".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.limit {
            parts.query.push(("limit".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.page {
            parts.query.push(("page".to_string(), super::runtime::param_string(value)));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListPurchaseOrdersResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListPurchaseOrdersResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<
        Item = Result<super::types::PurchaseOrder, super::error::Error>,
    > + Send + 'static {
        let parts = self.parts();
        super::pagination::paginate(
            self.client,
            parts,
            super::pagination::Config {
                style: super::pagination::Style::Page {
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

/// Request builder for [`Client::list_quotes`](super::client::Client::list_quotes): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListQuotesRequest {
    client: super::client::Client,
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
    /// Sets `quoteName`.
    ///
    /// If specified, quotes that match the parameter will be included.
    pub fn quote_name(mut self, quote_name: impl Into<String>) -> Self {
        self.quote_name = Some(quote_name.into());
        self
    }

    /// Sets `quoteNumber`.
    ///
    /// If specified, quotes that match the parameter will be included.
    pub fn quote_number(mut self, quote_number: impl Into<String>) -> Self {
        self.quote_number = Some(quote_number.into());
        self
    }

    /// Sets `fromQuoteDate`.
    ///
    /// If specified, invoices with quote date after or on this date will be included. The date has to be in the format 'YYYY-MM-DD'
    pub fn from_quote_date(mut self, from_quote_date: impl Into<String>) -> Self {
        self.from_quote_date = Some(from_quote_date.into());
        self
    }

    /// Sets `toQuoteDate`.
    ///
    /// If specified, invoices with quote date before or on this date will be included. The date has to be in the format 'YYYY-MM-DD'
    pub fn to_quote_date(mut self, to_quote_date: impl Into<String>) -> Self {
        self.to_quote_date = Some(to_quote_date.into());
        self
    }

    /// Sets `fromValidToDate`.
    ///
    /// If specified, invoices with valid to date after or on this date will be included. The date has to be in the format 'YYYY-MM-DD'
    pub fn from_valid_to_date(mut self, from_valid_to_date: impl Into<String>) -> Self {
        self.from_valid_to_date = Some(from_valid_to_date.into());
        self
    }

    /// Sets `toValidToDate`.
    ///
    /// If specified, invoices with valid to date before or on this date will be included. The date has to be in the format 'YYYY-MM-DD'
    pub fn to_valid_to_date(mut self, to_valid_to_date: impl Into<String>) -> Self {
        self.to_valid_to_date = Some(to_valid_to_date.into());
        self
    }

    /// Sets `sortBy`.
    ///
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// Sets `sortDirection`.
    ///
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

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/quotes".to_string(),
            "list_quotes",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.quote_name {
            parts
                .query
                .push(("quoteName".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.quote_number {
            parts
                .query
                .push(("quoteNumber".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.from_quote_date {
            parts
                .query
                .push((
                    "fromQuoteDate".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.to_quote_date {
            parts
                .query
                .push(("toQuoteDate".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.from_valid_to_date {
            parts
                .query
                .push((
                    "fromValidToDate".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.to_valid_to_date {
            parts
                .query
                .push((
                    "toValidToDate".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.sort_by {
            parts
                .query
                .push(("sortBy".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_direction {
            parts
                .query
                .push((
                    "sortDirection".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.limit {
            parts.query.push(("limit".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.page {
            parts.query.push(("page".to_string(), super::runtime::param_string(value)));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListQuotesResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListQuotesResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<
        Item = Result<super::types::Quote, super::error::Error>,
    > + Send + 'static {
        let parts = self.parts();
        super::pagination::paginate(
            self.client,
            parts,
            super::pagination::Config {
                style: super::pagination::Style::Page {
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

/// Request builder for [`Client::list_quote_templates`](super::client::Client::list_quote_templates): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListQuoteTemplatesRequest {
    client: super::client::Client,
    template_name: Option<String>,
    sort_by: Option<String>,
    sort_direction: Option<String>,
}

impl ListQuoteTemplatesRequest {
    /// Sets `templateName`.
    ///
    /// If specified, quote templates that match the parameter will be included.
    pub fn template_name(mut self, template_name: impl Into<String>) -> Self {
        self.template_name = Some(template_name.into());
        self
    }

    /// Sets `sortBy`.
    ///
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// Sets `sortDirection`.
    ///
    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/quoteTemplates".to_string(),
            "list_quote_templates",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.template_name {
            parts
                .query
                .push(("templateName".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_by {
            parts
                .query
                .push(("sortBy".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_direction {
            parts
                .query
                .push((
                    "sortDirection".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListQuoteTemplatesResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListQuoteTemplatesResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}

/// Request builder for [`Client::list_quote_categories`](super::client::Client::list_quote_categories): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListQuoteCategoriesRequest {
    client: super::client::Client,
    quote_category_name: Option<String>,
    sort_by: Option<String>,
    sort_direction: Option<String>,
}

impl ListQuoteCategoriesRequest {
    /// Sets `quoteCategoryName`.
    ///
    /// If specified, quote categories that match the parameter will be included.
    pub fn quote_category_name(
        mut self,
        quote_category_name: impl Into<String>,
    ) -> Self {
        self.quote_category_name = Some(quote_category_name.into());
        self
    }

    /// Sets `sortBy`.
    ///
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// Sets `sortDirection`.
    ///
    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/quoteCategories".to_string(),
            "list_quote_categories",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.quote_category_name {
            parts
                .query
                .push((
                    "quoteCategoryName".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.sort_by {
            parts
                .query
                .push(("sortBy".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_direction {
            parts
                .query
                .push((
                    "sortDirection".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListQuoteCategoriesResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListQuoteCategoriesResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}

/// Request builder for [`Client::list_result_units`](super::client::Client::list_result_units): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListResultUnitsRequest {
    client: super::client::Client,
    sort_by: Option<String>,
    sort_direction: Option<String>,
}

impl ListResultUnitsRequest {
    /// Sets `sortBy`.
    ///
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// Sets `sortDirection`.
    ///
    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/resultUnits".to_string(),
            "list_result_units",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.sort_by {
            parts
                .query
                .push(("sortBy".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_direction {
            parts
                .query
                .push((
                    "sortDirection".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListResultUnitsResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListResultUnitsResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}

/// Request builder for [`Client::list_supplement_orders`](super::client::Client::list_supplement_orders): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListSupplementOrdersRequest {
    client: super::client::Client,
    project: Option<String>,
    sort_by: Option<String>,
    sort_direction: Option<String>,
    page: Option<i64>,
    limit: Option<i64>,
}

impl ListSupplementOrdersRequest {
    /// Sets `project`.
    ///
    /// Id of the project that supplement orders will be retrieved from. This parameter is required
    pub fn project(mut self, project: impl Into<String>) -> Self {
        self.project = Some(project.into());
        self
    }

    /// Sets `sortBy`.
    ///
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// Sets `sortDirection`.
    ///
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

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/supplementOrders".to_string(),
            "list_supplement_orders",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.project {
            parts
                .query
                .push(("project".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_by {
            parts
                .query
                .push(("sortBy".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_direction {
            parts
                .query
                .push((
                    "sortDirection".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.page {
            parts.query.push(("page".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.limit {
            parts.query.push(("limit".to_string(), super::runtime::param_string(value)));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListSupplementOrdersResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListSupplementOrdersResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<
        Item = Result<super::types::SupplementOrder, super::error::Error>,
    > + Send + 'static {
        let parts = self.parts();
        super::pagination::paginate(
            self.client,
            parts,
            super::pagination::Config {
                style: super::pagination::Style::Page {
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

/// Request builder for [`Client::list_supplier_invoices`](super::client::Client::list_supplier_invoices): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListSupplierInvoicesRequest {
    client: super::client::Client,
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
    /// Sets `supplierInvoiceNumber`.
    ///
    /// If specified, supplier invoices that match the parameter will be included.
    pub fn supplier_invoice_number(
        mut self,
        supplier_invoice_number: impl Into<String>,
    ) -> Self {
        self.supplier_invoice_number = Some(supplier_invoice_number.into());
        self
    }

    /// Sets `supplierInvoiceStatus`.
    ///
    /// If specified, supplier invoices that match the parameter will be included.
    pub fn supplier_invoice_status(
        mut self,
        supplier_invoice_status: impl Into<String>,
    ) -> Self {
        self.supplier_invoice_status = Some(supplier_invoice_status.into());
        self
    }

    /// Sets `project`.
    ///
    /// If specified, supplier invoices that match the parameter will be included.
    pub fn project(mut self, project: impl Into<String>) -> Self {
        self.project = Some(project.into());
        self
    }

    /// Sets `customer`.
    ///
    /// If specified, supplier invoices that match the parameter will be included.
    pub fn customer(mut self, customer: impl Into<String>) -> Self {
        self.customer = Some(customer.into());
        self
    }

    /// Sets `workOrder`.
    ///
    /// If specified, supplier invoices that match the parameter will be included.
    pub fn work_order(mut self, work_order: impl Into<String>) -> Self {
        self.work_order = Some(work_order.into());
        self
    }

    /// Sets `workOrderNumber`.
    ///
    /// If specified, supplier invoices that match the parameter will be included.
    pub fn work_order_number(mut self, work_order_number: impl Into<String>) -> Self {
        self.work_order_number = Some(work_order_number.into());
        self
    }

    /// Sets `distributor`.
    ///
    /// If specified, supplier invoices that match the parameter will be included.
    pub fn distributor(mut self, distributor: impl Into<String>) -> Self {
        self.distributor = Some(distributor.into());
        self
    }

    /// Sets `fromInvoiceDate`.
    ///
    /// If specified, supplier invoices that match the parameter will be included.
    pub fn from_invoice_date(mut self, from_invoice_date: impl Into<String>) -> Self {
        self.from_invoice_date = Some(from_invoice_date.into());
        self
    }

    /// Sets `toInvoiceDate`.
    ///
    /// If specified, supplier invoices that match the parameter will be included.
    pub fn to_invoice_date(mut self, to_invoice_date: impl Into<String>) -> Self {
        self.to_invoice_date = Some(to_invoice_date.into());
        self
    }

    /// Sets `isInvoiceable`.
    ///
    /// If specified, supplier invoices that match the parameter will be included.
    pub fn is_invoiceable(mut self, is_invoiceable: impl Into<String>) -> Self {
        self.is_invoiceable = Some(is_invoiceable.into());
        self
    }

    /// Sets `sortBy`.
    ///
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// Sets `sortDirection`.
    ///
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

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/supplierInvoices".to_string(),
            "list_supplier_invoices",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.supplier_invoice_number {
            parts
                .query
                .push((
                    "supplierInvoiceNumber".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.supplier_invoice_status {
            parts
                .query
                .push((
                    "supplierInvoiceStatus".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.project {
            parts
                .query
                .push(("project".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.customer {
            parts
                .query
                .push(("customer".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.work_order {
            parts
                .query
                .push(("workOrder".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.work_order_number {
            parts
                .query
                .push((
                    "workOrderNumber".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.distributor {
            parts
                .query
                .push(("distributor".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.from_invoice_date {
            parts
                .query
                .push((
                    "fromInvoiceDate".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.to_invoice_date {
            parts
                .query
                .push((
                    "toInvoiceDate".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.is_invoiceable {
            parts
                .query
                .push((
                    "isInvoiceable".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.sort_by {
            parts
                .query
                .push(("sortBy".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_direction {
            parts
                .query
                .push((
                    "sortDirection".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.limit {
            parts.query.push(("limit".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.page {
            parts.query.push(("page".to_string(), super::runtime::param_string(value)));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListSupplierInvoicesResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListSupplierInvoicesResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<
        Item = Result<super::types::SupplierInvoice, super::error::Error>,
    > + Send + 'static {
        let parts = self.parts();
        super::pagination::paginate(
            self.client,
            parts,
            super::pagination::Config {
                style: super::pagination::Style::Page {
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

/// Request builder for [`Client::list_time_logs`](super::client::Client::list_time_logs): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListTimeLogsRequest {
    client: super::client::Client,
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
    /// Sets `user`.
    ///
    /// If specified, time logs that match the parameter will be included.
    pub fn user(mut self, user: impl Into<String>) -> Self {
        self.user = Some(user.into());
        self
    }

    /// Sets `customer`.
    ///
    /// If specified, time logs that match the parameter will be included.
    pub fn customer(mut self, customer: impl Into<String>) -> Self {
        self.customer = Some(customer.into());
        self
    }

    /// Sets `project`.
    ///
    /// If specified, time logs that match the parameter will be included.
    pub fn project(mut self, project: impl Into<String>) -> Self {
        self.project = Some(project.into());
        self
    }

    /// Sets `task`.
    ///
    /// If specified, time logs that match the parameter will be included.
    pub fn task(mut self, task: impl Into<String>) -> Self {
        self.task = Some(task.into());
        self
    }

    /// Sets `category`.
    ///
    /// If specified, time logs that match the parameter will be included.
    pub fn category(mut self, category: impl Into<String>) -> Self {
        self.category = Some(category.into());
        self
    }

    /// Sets `workOrder`.
    ///
    /// If specified, time logs that match the parameter will be included.
    pub fn work_order(mut self, work_order: impl Into<String>) -> Self {
        self.work_order = Some(work_order.into());
        self
    }

    /// Sets `workOrderNumber`.
    ///
    /// If specified, time logs that match the parameter will be included.
    pub fn work_order_number(mut self, work_order_number: impl Into<String>) -> Self {
        self.work_order_number = Some(work_order_number.into());
        self
    }

    /// Sets `timestamp`.
    ///
    /// If specified, time logs that start after the given date and time will be included. The date has to be in the format 'YYYY-MM-HH HH:MM'
    pub fn timestamp(mut self, timestamp: impl Into<String>) -> Self {
        self.timestamp = Some(timestamp.into());
        self
    }

    /// Sets `endTimestamp`.
    ///
    /// If specified, time logs that end before the given date and time will be included. The date has to be in the format 'YYYY-MM-HH HH:MM'
    pub fn end_timestamp(mut self, end_timestamp: impl Into<String>) -> Self {
        self.end_timestamp = Some(end_timestamp.into());
        self
    }

    /// Sets `sortBy`.
    ///
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// Sets `sortDirection`.
    ///
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

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/timeLogs".to_string(),
            "list_time_logs",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.user {
            parts.query.push(("user".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.customer {
            parts
                .query
                .push(("customer".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.project {
            parts
                .query
                .push(("project".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.task {
            parts.query.push(("task".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.category {
            parts
                .query
                .push(("category".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.work_order {
            parts
                .query
                .push(("workOrder".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.work_order_number {
            parts
                .query
                .push((
                    "workOrderNumber".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.timestamp {
            parts
                .query
                .push(("timestamp".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.end_timestamp {
            parts
                .query
                .push(("endTimestamp".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_by {
            parts
                .query
                .push(("sortBy".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_direction {
            parts
                .query
                .push((
                    "sortDirection".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.limit {
            parts.query.push(("limit".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.page {
            parts.query.push(("page".to_string(), super::runtime::param_string(value)));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListTimeLogsResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListTimeLogsResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<
        Item = Result<super::types::TimeLog, super::error::Error>,
    > + Send + 'static {
        let parts = self.parts();
        super::pagination::paginate(
            self.client,
            parts,
            super::pagination::Config {
                style: super::pagination::Style::Page {
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

/// Request builder for [`Client::list_time_categories`](super::client::Client::list_time_categories): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListTimeCategoriesRequest {
    client: super::client::Client,
    sort_by: Option<String>,
    sort_direction: Option<String>,
}

impl ListTimeCategoriesRequest {
    /// Sets `sortBy`.
    ///
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// Sets `sortDirection`.
    ///
    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/timeCategories".to_string(),
            "list_time_categories",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.sort_by {
            parts
                .query
                .push(("sortBy".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_direction {
            parts
                .query
                .push((
                    "sortDirection".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListTimeCategoriesResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListTimeCategoriesResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}

/// Request builder for [`Client::list_users`](super::client::Client::list_users): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListUsersRequest {
    client: super::client::Client,
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
    /// Sets `name`.
    ///
    /// If specified, users that match the parameter will be included.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Sets `personNumber`.
    ///
    /// If specified, users that match the parameter will be included.
    pub fn person_number(mut self, person_number: impl Into<String>) -> Self {
        self.person_number = Some(person_number.into());
        self
    }

    /// Sets `department`.
    ///
    /// If specified, users that match the parameter will be included.
    pub fn department(mut self, department: impl Into<String>) -> Self {
        self.department = Some(department.into());
        self
    }

    /// Sets `userRole`.
    ///
    /// If specified, users that match the parameter will be included.
    pub fn user_role(mut self, user_role: impl Into<String>) -> Self {
        self.user_role = Some(user_role.into());
        self
    }

    /// Sets `isActive`.
    ///
    /// If specified, users that match the parameter will be included. This must be a boolean
    pub fn is_active(mut self, is_active: impl Into<String>) -> Self {
        self.is_active = Some(is_active.into());
        self
    }

    /// Sets `isActivated`.
    ///
    /// If specified, users that match the parameter will be included. This must be a boolean
    pub fn is_activated(mut self, is_activated: impl Into<String>) -> Self {
        self.is_activated = Some(is_activated.into());
        self
    }

    /// Sets `defaultSalaryType`.
    ///
    /// If specified, users that match the parameter will be included.
    pub fn default_salary_type(
        mut self,
        default_salary_type: impl Into<String>,
    ) -> Self {
        self.default_salary_type = Some(default_salary_type.into());
        self
    }

    /// Sets `userSkills`.
    ///
    /// If specified, users that match the parameter will be included.
    pub fn user_skills(mut self, user_skills: impl Into<String>) -> Self {
        self.user_skills = Some(user_skills.into());
        self
    }

    /// Sets `sortBy`.
    ///
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// Sets `sortDirection`.
    ///
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

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/users".to_string(),
            "list_users",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.name {
            parts.query.push(("name".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.person_number {
            parts
                .query
                .push(("personNumber".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.department {
            parts
                .query
                .push(("department".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.user_role {
            parts
                .query
                .push(("userRole".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.is_active {
            parts
                .query
                .push(("isActive".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.is_activated {
            parts
                .query
                .push(("isActivated".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.default_salary_type {
            parts
                .query
                .push((
                    "defaultSalaryType".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.user_skills {
            parts
                .query
                .push(("userSkills".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_by {
            parts
                .query
                .push(("sortBy".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_direction {
            parts
                .query
                .push((
                    "sortDirection".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.limit {
            parts.query.push(("limit".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.page {
            parts.query.push(("page".to_string(), super::runtime::param_string(value)));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListUsersResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListUsersResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<
        Item = Result<super::types::User, super::error::Error>,
    > + Send + 'static {
        let parts = self.parts();
        super::pagination::paginate(
            self.client,
            parts,
            super::pagination::Config {
                style: super::pagination::Style::Page {
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

/// Request builder for [`Client::list_user_roles`](super::client::Client::list_user_roles): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListUserRolesRequest {
    client: super::client::Client,
    sort_by: Option<String>,
    sort_direction: Option<String>,
}

impl ListUserRolesRequest {
    /// Sets `sortBy`.
    ///
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// Sets `sortDirection`.
    ///
    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/userRoles".to_string(),
            "list_user_roles",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.sort_by {
            parts
                .query
                .push(("sortBy".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_direction {
            parts
                .query
                .push((
                    "sortDirection".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListUserRolesResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListUserRolesResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}

/// Request builder for [`Client::list_default_salary_types`](super::client::Client::list_default_salary_types): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListDefaultSalaryTypesRequest {
    client: super::client::Client,
    sort_by: Option<String>,
    sort_direction: Option<String>,
}

impl ListDefaultSalaryTypesRequest {
    /// Sets `sortBy`.
    ///
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// Sets `sortDirection`.
    ///
    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/defaultSalaryTypes".to_string(),
            "list_default_salary_types",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.sort_by {
            parts
                .query
                .push(("sortBy".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_direction {
            parts
                .query
                .push((
                    "sortDirection".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListDefaultSalaryTypesResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListDefaultSalaryTypesResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}

/// Request builder for [`Client::list_user_skills`](super::client::Client::list_user_skills): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListUserSkillsRequest {
    client: super::client::Client,
    sort_by: Option<String>,
    sort_direction: Option<String>,
}

impl ListUserSkillsRequest {
    /// Sets `sortBy`.
    ///
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// Sets `sortDirection`.
    ///
    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/userSkills".to_string(),
            "list_user_skills",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.sort_by {
            parts
                .query
                .push(("sortBy".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_direction {
            parts
                .query
                .push((
                    "sortDirection".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListUserSkillsResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListUserSkillsResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}

/// Request builder for [`Client::list_user_work_types`](super::client::Client::list_user_work_types): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListUserWorkTypesRequest {
    client: super::client::Client,
    sort_by: Option<String>,
    sort_direction: Option<String>,
}

impl ListUserWorkTypesRequest {
    /// Sets `sortBy`.
    ///
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// Sets `sortDirection`.
    ///
    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/userWorkTypes".to_string(),
            "list_user_work_types",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.sort_by {
            parts
                .query
                .push(("sortBy".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_direction {
            parts
                .query
                .push((
                    "sortDirection".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListUserWorkTypesResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListUserWorkTypesResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}

/// Request builder for [`Client::list_vehicles`](super::client::Client::list_vehicles): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListVehiclesRequest {
    client: super::client::Client,
    sort_by: Option<String>,
    sort_direction: Option<String>,
    limit: Option<String>,
    page: Option<String>,
}

impl ListVehiclesRequest {
    /// Sets `sortBy`.
    ///
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// Sets `sortDirection`.
    ///
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

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/vehicles".to_string(),
            "list_vehicles",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.sort_by {
            parts
                .query
                .push(("sortBy".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_direction {
            parts
                .query
                .push((
                    "sortDirection".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.limit {
            parts.query.push(("limit".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.page {
            parts.query.push(("page".to_string(), super::runtime::param_string(value)));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListVehiclesResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListVehiclesResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<
        Item = Result<super::types::Vehicle, super::error::Error>,
    > + Send + 'static {
        let parts = self.parts();
        super::pagination::paginate(
            self.client,
            parts,
            super::pagination::Config {
                style: super::pagination::Style::Page {
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

/// Request builder for [`Client::list_work_orders`](super::client::Client::list_work_orders): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListWorkOrdersRequest {
    client: super::client::Client,
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
    /// Sets `title`.
    ///
    /// If specified, work orders that match the parameter will be included.
    pub fn title(mut self, title: impl Into<String>) -> Self {
        self.title = Some(title.into());
        self
    }

    /// Sets `workOrderNumber`.
    ///
    /// If specified, work orders that match the parameter will be included.
    pub fn work_order_number(mut self, work_order_number: impl Into<String>) -> Self {
        self.work_order_number = Some(work_order_number.into());
        self
    }

    /// Sets `project`.
    ///
    /// If specified, work orders that match the parameter will be included.
    pub fn project(mut self, project: impl Into<String>) -> Self {
        self.project = Some(project.into());
        self
    }

    /// Sets `user`.
    ///
    /// If specified, work orders that match the parameter will be included.
    pub fn user(mut self, user: impl Into<String>) -> Self {
        self.user = Some(user.into());
        self
    }

    /// Sets `customer`.
    ///
    /// If specified, work orders that match the parameter will be included.
    pub fn customer(mut self, customer: impl Into<String>) -> Self {
        self.customer = Some(customer.into());
        self
    }

    /// Sets `sortBy`.
    ///
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// Sets `sortDirection`.
    ///
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

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/workOrders".to_string(),
            "list_work_orders",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.title {
            parts.query.push(("title".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.work_order_number {
            parts
                .query
                .push((
                    "workOrderNumber".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.project {
            parts
                .query
                .push(("project".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.user {
            parts.query.push(("user".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.customer {
            parts
                .query
                .push(("customer".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_by {
            parts
                .query
                .push(("sortBy".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_direction {
            parts
                .query
                .push((
                    "sortDirection".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.limit {
            parts.query.push(("limit".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.page {
            parts.query.push(("page".to_string(), super::runtime::param_string(value)));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListWorkOrdersResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListWorkOrdersResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<
        Item = Result<super::types::WorkOrder, super::error::Error>,
    > + Send + 'static {
        let parts = self.parts();
        super::pagination::paginate(
            self.client,
            parts,
            super::pagination::Config {
                style: super::pagination::Style::Page {
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

/// Request builder for [`Client::list_work_order_types`](super::client::Client::list_work_order_types): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListWorkOrderTypesRequest {
    client: super::client::Client,
    sort_by: Option<String>,
    sort_direction: Option<String>,
}

impl ListWorkOrderTypesRequest {
    /// Sets `sortBy`.
    ///
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// Sets `sortDirection`.
    ///
    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/workOrderTypes".to_string(),
            "list_work_order_types",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.sort_by {
            parts
                .query
                .push(("sortBy".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_direction {
            parts
                .query
                .push((
                    "sortDirection".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListWorkOrderTypesResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListWorkOrderTypesResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}

/// Request builder for [`Client::list_work_order_tags`](super::client::Client::list_work_order_tags): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListWorkOrderTagsRequest {
    client: super::client::Client,
    sort_by: Option<String>,
    sort_direction: Option<String>,
}

impl ListWorkOrderTagsRequest {
    /// Sets `sortBy`.
    ///
    /// If specified, a sort will be made on the specified parameter
    pub fn sort_by(mut self, sort_by: impl Into<String>) -> Self {
        self.sort_by = Some(sort_by.into());
        self
    }

    /// Sets `sortDirection`.
    ///
    /// "ascending" or "descending". If specified and sortBy is specified the sort order will be ascending or descending
    pub fn sort_direction(mut self, sort_direction: impl Into<String>) -> Self {
        self.sort_direction = Some(sort_direction.into());
        self
    }

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/workOrderTags".to_string(),
            "list_work_order_tags",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.sort_by {
            parts
                .query
                .push(("sortBy".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.sort_direction {
            parts
                .query
                .push((
                    "sortDirection".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListWorkOrderTagsResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListWorkOrderTagsResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}

/// Request builder for [`Client::list_custom_fields`](super::client::Client::list_custom_fields): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListCustomFieldsRequest {
    client: super::client::Client,
    entity_type: Option<String>,
}

impl ListCustomFieldsRequest {
    /// Sets `entityType`.
    ///
    /// Number corresponding to entity type. See table below for available types.
    pub fn entity_type(mut self, entity_type: impl Into<String>) -> Self {
        self.entity_type = Some(entity_type.into());
        self
    }

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/customFields".to_string(),
            "list_custom_fields",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.entity_type {
            parts
                .query
                .push(("entityType".to_string(), super::runtime::param_string(value)));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListCustomFieldsResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListCustomFieldsResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}
