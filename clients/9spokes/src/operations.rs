//! One method per API operation, and request builders for operations with optional parameters.

use super::client::Client;
use super::error::Error;
use super::response::ResponseValue;
use super::runtime::RequestParts;
use super::types;

impl Client {
    /// Set Redirect URL
    ///
    /// This endpoint is used to retrieve the currently configured redirect URL.
    ///
    /// `GET /organization/redirect_url` (source: `source/includes/organisation/_redirect.md:57`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn get_organization_redirect_url(
        &self,
    ) -> Result<types::GetOrganizationRedirectUrlResponse, Error> {
        self.get_organization_redirect_url_with_response()
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::get_organization_redirect_url`] with the response's status and headers.
    pub async fn get_organization_redirect_url_with_response(
        &self,
    ) -> Result<ResponseValue<types::GetOrganizationRedirectUrlResponse>, Error> {
        let parts = RequestParts::get(
            "/organization/redirect_url",
            "get_organization_redirect_url",
        );
        self.send_json_with_response(parts).await
    }

    /// Get Redirect URL
    ///
    /// This endpoint is used to configure the URL where your users are redirected to after completing a consent flow.  Whether the flow succeeds or not, the `redirect_url` will be used to redirect the user agents back to your platform.
    ///
    /// The `redirect_url` must be an absolute URL and it must be URL-encoded.
    ///
    /// `PUT /organization/redirect_url` (source: `source/includes/organisation/_redirect.md:26`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn update_organization_redirect_url(
        &self,
        body: types::UpdateOrganizationRedirectUrlRequest,
    ) -> Result<types::Organization, Error> {
        self.update_organization_redirect_url_with_response(body)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::update_organization_redirect_url`] with the response's status and headers.
    pub async fn update_organization_redirect_url_with_response(
        &self,
        body: types::UpdateOrganizationRedirectUrlRequest,
    ) -> Result<ResponseValue<types::Organization>, Error> {
        let mut parts = RequestParts::put(
            "/organization/redirect_url",
            "update_organization_redirect_url",
        );
        parts.form_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// List Apps
    ///
    /// This endpoint is used to retrieve the status of all supported apps for your account.
    ///
    /// `GET /organization/apps` (source: `source/includes/organisation/_apps.md:31`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn list_organization_apps(
        &self,
    ) -> Result<types::ListOrganizationAppsResponse, Error> {
        self.list_organization_apps_with_response().await.map(ResponseValue::into_inner)
    }

    /// [`Client::list_organization_apps`] with the response's status and headers.
    pub async fn list_organization_apps_with_response(
        &self,
    ) -> Result<ResponseValue<types::ListOrganizationAppsResponse>, Error> {
        let parts = RequestParts::get("/organization/apps", "list_organization_apps");
        self.send_json_with_response(parts).await
    }

    /// Enable App
    ///
    /// This endpoint is used to enable an app integration and updating the OAuth2 client credentials.  The `client_id` and `client_secret` are required whereas the `recurring` field defaults to `false` if omitted.
    ///
    /// `PUT /organization/apps/{app}` (source: `source/includes/organisation/_apps.md:57`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn update_organization_app(
        &self,
        app: impl Into<String>,
        body: types::UpdateOrganizationAppRequest,
    ) -> Result<types::App, Error> {
        self.update_organization_app_with_response(app, body)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::update_organization_app`] with the response's status and headers.
    pub async fn update_organization_app_with_response(
        &self,
        app: impl Into<String>,
        body: types::UpdateOrganizationAppRequest,
    ) -> Result<ResponseValue<types::App>, Error> {
        let app: String = app.into();
        let mut parts = RequestParts::put(
            "/organization/apps/{app}",
            "update_organization_app",
        );
        parts.path_param("app", &app)?;
        parts.form_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Disable App
    ///
    /// This endpoint is used to disable an app integration.  The API call always succeeds.
    ///
    /// `DELETE /organization/apps/{app}` (source: `source/includes/organisation/_apps.md:88`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn delete_organization_app(
        &self,
        app: impl Into<String>,
    ) -> Result<types::App, Error> {
        self.delete_organization_app_with_response(app)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::delete_organization_app`] with the response's status and headers.
    pub async fn delete_organization_app_with_response(
        &self,
        app: impl Into<String>,
    ) -> Result<ResponseValue<types::App>, Error> {
        let app: String = app.into();
        let mut parts = RequestParts::delete(
            "/organization/apps/{app}",
            "delete_organization_app",
        );
        parts.path_param("app", &app)?;
        self.send_json_with_response(parts).await
    }

    /// List Companies
    ///
    /// Retrieving all the companies is done using a `GET` request to the `companies` endpoint.
    ///
    /// `GET /companies` (source: `source/includes/companies/_index.md:66`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn list_companies(&self) -> Result<types::ListCompaniesResponse, Error> {
        self.list_companies_with_response().await.map(ResponseValue::into_inner)
    }

    /// [`Client::list_companies`] with the response's status and headers.
    pub async fn list_companies_with_response(
        &self,
    ) -> Result<ResponseValue<types::ListCompaniesResponse>, Error> {
        let parts = RequestParts::get("/companies", "list_companies");
        self.send_json_with_response(parts).await
    }

    /// Create New Company
    ///
    /// Creating a new company is done using a `POST` request to the `companies` endpoint.
    ///
    /// `POST /companies` (source: `source/includes/companies/_index.md:32`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn create_company(
        &self,
        body: types::CreateCompanyRequest,
    ) -> Result<types::CreateCompanyResponse, Error> {
        self.create_company_with_response(body).await.map(ResponseValue::into_inner)
    }

    /// [`Client::create_company`] with the response's status and headers.
    pub async fn create_company_with_response(
        &self,
        body: types::CreateCompanyRequest,
    ) -> Result<ResponseValue<types::CreateCompanyResponse>, Error> {
        let mut parts = RequestParts::post("/companies", "create_company");
        parts.form_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Get a Company
    ///
    /// Retrieving a specific company record is done using a `GET` request specifying the `company` as path parameters.
    ///
    /// `GET /companies/{company}` (source: `source/includes/companies/_index.md:94`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn get_company(
        &self,
        company: impl Into<String>,
    ) -> Result<types::GetCompanyResponse, Error> {
        self.get_company_with_response(company).await.map(ResponseValue::into_inner)
    }

    /// [`Client::get_company`] with the response's status and headers.
    pub async fn get_company_with_response(
        &self,
        company: impl Into<String>,
    ) -> Result<ResponseValue<types::GetCompanyResponse>, Error> {
        let company: String = company.into();
        let mut parts = RequestParts::get("/companies/{company}", "get_company");
        parts.path_param("company", &company)?;
        self.send_json_with_response(parts).await
    }

    /// Remove a Company
    ///
    /// Removing a company is done by issuing a `DELETE` request and specifying the `company` ID in the path.
    ///
    /// `DELETE /companies/{company}` (source: `source/includes/companies/_index.md:122`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn delete_company(
        &self,
        company: impl Into<String>,
    ) -> Result<types::Company, Error> {
        self.delete_company_with_response(company).await.map(ResponseValue::into_inner)
    }

    /// [`Client::delete_company`] with the response's status and headers.
    pub async fn delete_company_with_response(
        &self,
        company: impl Into<String>,
    ) -> Result<ResponseValue<types::Company>, Error> {
        let company: String = company.into();
        let mut parts = RequestParts::delete("/companies/{company}", "delete_company");
        parts.path_param("company", &company)?;
        self.send_json_with_response(parts).await
    }

    /// List Connections
    ///
    /// Retrieving all the connections for a given company is done using a `GET` request to the `connections` endpoint for that company.
    ///
    /// `GET /companies/{company}/connections` (source: `source/includes/connections/_index.md:84`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn list_company_connections(
        &self,
        company: impl Into<String>,
    ) -> Result<types::ListCompanyConnectionsResponse, Error> {
        self.list_company_connections_with_response(company)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::list_company_connections`] with the response's status and headers.
    pub async fn list_company_connections_with_response(
        &self,
        company: impl Into<String>,
    ) -> Result<ResponseValue<types::ListCompanyConnectionsResponse>, Error> {
        let company: String = company.into();
        let mut parts = RequestParts::get(
            "/companies/{company}/connections",
            "list_company_connections",
        );
        parts.path_param("company", &company)?;
        self.send_json_with_response(parts).await
    }

    /// Create New Connection
    ///
    /// Creating a new connection for a given company is done using a `POST` request to the `connections` endpoint for that company.
    ///
    /// The `authorize_url` key in the response should be used to redirect the user agent.
    ///
    /// `POST /companies/{company}/connections` (source: `source/includes/connections/_index.md:45`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn create_company_connection(
        &self,
        company: impl Into<String>,
        body: types::CreateCompanyConnectionRequest,
    ) -> Result<types::CreateCompanyConnectionResponse, Error> {
        self.create_company_connection_with_response(company, body)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::create_company_connection`] with the response's status and headers.
    pub async fn create_company_connection_with_response(
        &self,
        company: impl Into<String>,
        body: types::CreateCompanyConnectionRequest,
    ) -> Result<ResponseValue<types::CreateCompanyConnectionResponse>, Error> {
        let company: String = company.into();
        let mut parts = RequestParts::post(
            "/companies/{company}/connections",
            "create_company_connection",
        );
        parts.path_param("company", &company)?;
        parts.form_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Get a Connection
    ///
    /// Retrieving the connection record for a given company is done using a `GET` request specifying both the `connection` and the `company` as path parameters.
    ///
    /// The result contains the state of the connection (see connection lifecycle) as well as the data extraction status for each underlying data source.
    ///
    /// `GET /companies/{company}/connections/{connection}` (source: `source/includes/connections/_index.md:118`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn get_company_connection(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<types::GetCompanyConnectionResponse, Error> {
        self.get_company_connection_with_response(company, connection)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::get_company_connection`] with the response's status and headers.
    pub async fn get_company_connection_with_response(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<ResponseValue<types::GetCompanyConnectionResponse>, Error> {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = RequestParts::get(
            "/companies/{company}/connections/{connection}",
            "get_company_connection",
        );
        parts.path_param("company", &company)?;
        parts.path_param("connection", &connection)?;
        self.send_json_with_response(parts).await
    }

    /// Remove a Connection
    ///
    /// Removing a connection for a given company is done by issuing a `DELETE` request and specifying both the `connection` and `company` in the path.
    ///
    /// `DELETE /companies/{company}/connections/{connection}` (source: `source/includes/connections/_index.md:149`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn delete_company_connection(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<types::Connection, Error> {
        self.delete_company_connection_with_response(company, connection)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::delete_company_connection`] with the response's status and headers.
    pub async fn delete_company_connection_with_response(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<ResponseValue<types::Connection>, Error> {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = RequestParts::delete(
            "/companies/{company}/connections/{connection}",
            "delete_company_connection",
        );
        parts.path_param("company", &company)?;
        parts.path_param("connection", &connection)?;
        self.send_json_with_response(parts).await
    }

    /// Bills
    ///
    /// Following is the data specification for a bill that is extracted from accounting/POS OSPs
    ///
    /// The `bills` endpoint for a connection returns an array of bills.  Each record contains a metadata envelope and a `data` key.  The `data` key for bills is always an array of bills.
    ///
    /// Individual line items can be found for each bill under the `line_items` key.
    ///
    /// `GET /companies/{company}/connections/{connection}/bills` (source: `source/includes/accounting/_bills.md:72`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn list_company_connection_bills(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<types::ListCompanyConnectionBillsResponse, Error> {
        self.list_company_connection_bills_with_response(company, connection)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::list_company_connection_bills`] with the response's status and headers.
    pub async fn list_company_connection_bills_with_response(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<ResponseValue<types::ListCompanyConnectionBillsResponse>, Error> {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = RequestParts::get(
            "/companies/{company}/connections/{connection}/bills",
            "list_company_connection_bills",
        );
        parts.path_param("company", &company)?;
        parts.path_param("connection", &connection)?;
        self.send_json_with_response(parts).await
    }

    /// Invoices
    ///
    /// Following is the data specification for a invoice that is extracted from accounting/POS OSPs
    ///
    /// The `invoices` endpoint for a connection returns an array of invoices. Each record contains a metadata envelope and a `data` key. The `data` key for invoices is always an array of invoices.
    ///
    /// Individual line items can be found for each invoice under the `line_items` key.
    ///
    /// `GET /companies/{company}/connections/{connection}/invoices` (source: `source/includes/accounting/_invoices.md:54`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn list_company_connection_invoices(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<types::ListCompanyConnectionInvoicesResponse, Error> {
        self.list_company_connection_invoices_with_response(company, connection)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::list_company_connection_invoices`] with the response's status and headers.
    pub async fn list_company_connection_invoices_with_response(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<ResponseValue<types::ListCompanyConnectionInvoicesResponse>, Error> {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = RequestParts::get(
            "/companies/{company}/connections/{connection}/invoices",
            "list_company_connection_invoices",
        );
        parts.path_param("company", &company)?;
        parts.path_param("connection", &connection)?;
        self.send_json_with_response(parts).await
    }

    /// Cards
    ///
    /// Following is the data specification for a card that is extracted from accounting/POS OSPs
    ///
    /// `GET /companies/{company}/connections/{connection}/cards` (source: `source/includes/accounting/_cards.md:31`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn list_company_connection_cards(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<types::Card, Error> {
        self.list_company_connection_cards_with_response(company, connection)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::list_company_connection_cards`] with the response's status and headers.
    pub async fn list_company_connection_cards_with_response(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<ResponseValue<types::Card>, Error> {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = RequestParts::get(
            "/companies/{company}/connections/{connection}/cards",
            "list_company_connection_cards",
        );
        parts.path_param("company", &company)?;
        parts.path_param("connection", &connection)?;
        self.send_json_with_response(parts).await
    }

    /// Contacts
    ///
    /// A contact is a person or organization that is associated with your business. Following is the data specification for contacts extracted from accounting/POS OSPs
    ///
    /// `GET /companies/{company}/connections/{connection}/contacts` (source: `source/includes/accounting/_contacts.md:60`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn list_company_connection_contacts(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<types::ListCompanyConnectionContactsResponse, Error> {
        self.list_company_connection_contacts_with_response(company, connection)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::list_company_connection_contacts`] with the response's status and headers.
    pub async fn list_company_connection_contacts_with_response(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<ResponseValue<types::ListCompanyConnectionContactsResponse>, Error> {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = RequestParts::get(
            "/companies/{company}/connections/{connection}/contacts",
            "list_company_connection_contacts",
        );
        parts.path_param("company", &company)?;
        parts.path_param("connection", &connection)?;
        self.send_json_with_response(parts).await
    }

    /// Tax Rates
    ///
    /// Following is the data specification of tax rates as extracted from accounting/POS OSPs
    ///
    /// The `taxRates` endpoint for a connection returns an array of tax rates.  Each record contains a metadata envelope and a `data` key.  The `data` key for taxRates is always an array of taxRates.
    ///
    /// Below is the content of the `data` object used with `tax-rates`.
    ///
    /// `GET /companies/{company}/connections/{connection}/taxRates` (source: `source/includes/accounting/_tax-rates.md:43`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn list_company_connection_tax_rates(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<types::ListCompanyConnectionTaxRatesResponse, Error> {
        self.list_company_connection_tax_rates_with_response(company, connection)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::list_company_connection_tax_rates`] with the response's status and headers.
    pub async fn list_company_connection_tax_rates_with_response(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<ResponseValue<types::ListCompanyConnectionTaxRatesResponse>, Error> {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = RequestParts::get(
            "/companies/{company}/connections/{connection}/taxRates",
            "list_company_connection_tax_rates",
        );
        parts.path_param("company", &company)?;
        parts.path_param("connection", &connection)?;
        self.send_json_with_response(parts).await
    }

    /// Bank Accounts
    ///
    /// A list of bank accounts from a connected app platform for the associated business.  Following is the data specification for a bank account that is extracted from banking OSPs
    ///
    /// `GET /companies/{company}/connections/{connection}/bankAccounts` (source: `source/includes/banking/_accounts.md:37`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn list_company_connection_bank_accounts(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<types::BankAccount, Error> {
        self.list_company_connection_bank_accounts_with_response(company, connection)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::list_company_connection_bank_accounts`] with the response's status and headers.
    pub async fn list_company_connection_bank_accounts_with_response(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<ResponseValue<types::BankAccount>, Error> {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = RequestParts::get(
            "/companies/{company}/connections/{connection}/bankAccounts",
            "list_company_connection_bank_accounts",
        );
        parts.path_param("company", &company)?;
        parts.path_param("connection", &connection)?;
        self.send_json_with_response(parts).await
    }

    /// Leaves
    ///
    /// A leave is time-off requested to a company by an employee. Following is the data specification for a leave record that is extracted from HR/Payroll OSPs
    ///
    /// `GET /companies/{company}/connections/{connection}/leaves` (source: `source/includes/hr/_leaves.md:54`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn list_company_connection_leaves(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<types::ListCompanyConnectionLeavesResponse, Error> {
        self.list_company_connection_leaves_with_response(company, connection)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::list_company_connection_leaves`] with the response's status and headers.
    pub async fn list_company_connection_leaves_with_response(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<ResponseValue<types::ListCompanyConnectionLeavesResponse>, Error> {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = RequestParts::get(
            "/companies/{company}/connections/{connection}/leaves",
            "list_company_connection_leaves",
        );
        parts.path_param("company", &company)?;
        parts.path_param("connection", &connection)?;
        self.send_json_with_response(parts).await
    }

    /// Pay Run Summary
    ///
    /// Summarized pay run of different periods. Following is the data specification for pay run summary as extracted from HR/Payroll OSPs
    ///
    /// `GET /companies/{company}/connections/{connection}/payRunSummary` (source: `source/includes/hr/_pay-run-summary.md:36`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn get_company_connection_pay_run_summary(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<types::GetCompanyConnectionPayRunSummaryResponse, Error> {
        self.get_company_connection_pay_run_summary_with_response(company, connection)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::get_company_connection_pay_run_summary`] with the response's status and headers.
    pub async fn get_company_connection_pay_run_summary_with_response(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<ResponseValue<types::GetCompanyConnectionPayRunSummaryResponse>, Error> {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = RequestParts::get(
            "/companies/{company}/connections/{connection}/payRunSummary",
            "get_company_connection_pay_run_summary",
        );
        parts.path_param("company", &company)?;
        parts.path_param("connection", &connection)?;
        self.send_json_with_response(parts).await
    }

    /// Staff Wages
    ///
    /// Staff wages is the record of pay run categorized by employment type. Following is the data specification for staff wages as extracted from HR/Payroll OSPs
    ///
    /// `GET /companies/{company}/connections/{connection}/staffWages` (source: `source/includes/hr/_staff-wages.md:36`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn list_company_connection_staff_wages(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<types::ListCompanyConnectionStaffWagesResponse, Error> {
        self.list_company_connection_staff_wages_with_response(company, connection)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::list_company_connection_staff_wages`] with the response's status and headers.
    pub async fn list_company_connection_staff_wages_with_response(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<ResponseValue<types::ListCompanyConnectionStaffWagesResponse>, Error> {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = RequestParts::get(
            "/companies/{company}/connections/{connection}/staffWages",
            "list_company_connection_staff_wages",
        );
        parts.path_param("company", &company)?;
        parts.path_param("connection", &connection)?;
        self.send_json_with_response(parts).await
    }

    /// Product
    ///
    /// This is the specification for Product Items. It is in JSON format and the metadata allow the resolvers to identify the type of data required and the related fields to transform. Following is the data specification for products as extracted from POS OSPs
    ///
    /// Below is the metadata wrapper used to classify and search product data. The product data is stored under the `data` key.
    ///
    /// Below is the content of the `data` object used with `product`.
    ///
    /// `GET /companies/{company}/connections/{connection}/products` (source: `source/includes/pos/_product.md:49`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn list_company_connection_products(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<types::ListCompanyConnectionProductsResponse, Error> {
        self.list_company_connection_products_with_response(company, connection)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::list_company_connection_products`] with the response's status and headers.
    pub async fn list_company_connection_products_with_response(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<ResponseValue<types::ListCompanyConnectionProductsResponse>, Error> {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = RequestParts::get(
            "/companies/{company}/connections/{connection}/products",
            "list_company_connection_products",
        );
        parts.path_param("company", &company)?;
        parts.path_param("connection", &connection)?;
        self.send_json_with_response(parts).await
    }

    /// Stock Items
    ///
    /// This is the specification for Stock Items. It is in JSON format and the metadata allow the resolvers to identify the type of data required and the related fields to transform. Following is the data specification for stock items as extracted from POS OSPs
    ///
    /// Below is the metadata wrapper used to classify and search stock items data. The stock items data is stored under the `data` key.
    ///
    /// Below is the content of the `data` object used with `stock items`.
    ///
    /// `GET /companies/{company}/connections/{connection}/stockItems` (source: `source/includes/pos/_stockItems.md:41`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn list_company_connection_stock_items(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<types::ListCompanyConnectionStockItemsResponse, Error> {
        self.list_company_connection_stock_items_with_response(company, connection)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::list_company_connection_stock_items`] with the response's status and headers.
    pub async fn list_company_connection_stock_items_with_response(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<ResponseValue<types::ListCompanyConnectionStockItemsResponse>, Error> {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = RequestParts::get(
            "/companies/{company}/connections/{connection}/stockItems",
            "list_company_connection_stock_items",
        );
        parts.path_param("company", &company)?;
        parts.path_param("connection", &connection)?;
        self.send_json_with_response(parts).await
    }

    /// Email Marketing
    ///
    /// Email Marketing data simplifies the analysis of email campaign performance. Following is the data specification for email marketing as extracted from Email Marketing OSPs
    ///
    /// `GET /companies/{company}/connections/{connection}/emailMarketing` (source: `source/includes/email_marketing/_email-marketing.md:29`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn get_company_connection_email_marketing(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<types::GetCompanyConnectionEmailMarketingResponse, Error> {
        self.get_company_connection_email_marketing_with_response(company, connection)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::get_company_connection_email_marketing`] with the response's status and headers.
    pub async fn get_company_connection_email_marketing_with_response(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<
        ResponseValue<types::GetCompanyConnectionEmailMarketingResponse>,
        Error,
    > {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = RequestParts::get(
            "/companies/{company}/connections/{connection}/emailMarketing",
            "get_company_connection_email_marketing",
        );
        parts.path_param("company", &company)?;
        parts.path_param("connection", &connection)?;
        self.send_json_with_response(parts).await
    }

    /// Web Analytics
    ///
    /// The data in this section allows you to anaylze user behavior around your website pages and gain insights on the revenue generated by different ad sources. Following is the data specification for web analytics as extracted from web analytics OSPs
    ///
    /// `GET /companies/{company}/connections/{connection}/webAnalytics` (source: `source/includes/web_analytics/_web-analytics.md:28`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn list_company_connection_web_analytics(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<types::ListCompanyConnectionWebAnalyticsResponse, Error> {
        self.list_company_connection_web_analytics_with_response(company, connection)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::list_company_connection_web_analytics`] with the response's status and headers.
    pub async fn list_company_connection_web_analytics_with_response(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<ResponseValue<types::ListCompanyConnectionWebAnalyticsResponse>, Error> {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = RequestParts::get(
            "/companies/{company}/connections/{connection}/webAnalytics",
            "list_company_connection_web_analytics",
        );
        parts.path_param("company", &company)?;
        parts.path_param("connection", &connection)?;
        self.send_json_with_response(parts).await
    }
}
