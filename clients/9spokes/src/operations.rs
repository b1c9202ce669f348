//! One method per API operation, and request builders for operations with optional parameters.

impl super::client::Client {
    /// Set Redirect URL
    ///
    /// This endpoint is used to retrieve the currently configured redirect URL.
    ///
    /// `GET /organization/redirect_url`
    ///
    /// Source: `source/includes/organisation/_redirect.md:57`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn get_organization_redirect_url(
        &self,
    ) -> Result<super::types::GetOrganizationRedirectUrlResponse, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/organization/redirect_url".to_string(),
            "get_organization_redirect_url",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::get_organization_redirect_url`](super::client::Client::get_organization_redirect_url) with the response's status and headers.
    pub async fn get_organization_redirect_url_with_response(
        &self,
    ) -> Result<
        super::response::ResponseValue<super::types::GetOrganizationRedirectUrlResponse>,
        super::error::Error,
    > {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/organization/redirect_url".to_string(),
            "get_organization_redirect_url",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Get Redirect URL
    ///
    /// This endpoint is used to configure the URL where your users are redirected to after completing a consent flow.  Whether the flow succeeds or not, the `redirect_url` will be used to redirect the user agents back to your platform.
    ///
    /// The `redirect_url` must be an absolute URL and it must be URL-encoded.
    ///
    /// `PUT /organization/redirect_url`
    ///
    /// Source: `source/includes/organisation/_redirect.md:26`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn update_organization_redirect_url(
        &self,
        body: super::types::UpdateOrganizationRedirectUrlRequest,
    ) -> Result<super::types::Organization, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PUT,
            "/organization/redirect_url".to_string(),
            "update_organization_redirect_url",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.form_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::update_organization_redirect_url`](super::client::Client::update_organization_redirect_url) with the response's status and headers.
    pub async fn update_organization_redirect_url_with_response(
        &self,
        body: super::types::UpdateOrganizationRedirectUrlRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::Organization>,
        super::error::Error,
    > {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PUT,
            "/organization/redirect_url".to_string(),
            "update_organization_redirect_url",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.form_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// List Apps
    ///
    /// This endpoint is used to retrieve the status of all supported apps for your account.
    ///
    /// `GET /organization/apps`
    ///
    /// Source: `source/includes/organisation/_apps.md:31`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn list_organization_apps(
        &self,
    ) -> Result<super::types::ListOrganizationAppsResponse, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/organization/apps".to_string(),
            "list_organization_apps",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::list_organization_apps`](super::client::Client::list_organization_apps) with the response's status and headers.
    pub async fn list_organization_apps_with_response(
        &self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListOrganizationAppsResponse>,
        super::error::Error,
    > {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/organization/apps".to_string(),
            "list_organization_apps",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Enable App
    ///
    /// This endpoint is used to enable an app integration and updating the OAuth2 client credentials.  The `client_id` and `client_secret` are required whereas the `recurring` field defaults to `false` if omitted.
    ///
    /// `PUT /organization/apps/{app}`
    ///
    /// Source: `source/includes/organisation/_apps.md:57`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn update_organization_app(
        &self,
        app: impl Into<String>,
        body: super::types::UpdateOrganizationAppRequest,
    ) -> Result<super::types::App, super::error::Error> {
        let app: String = app.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PUT,
            [
                "/organization/apps/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&app),
                    "update_organization_app",
                    "app",
                )?,
            ]
                .concat(),
            "update_organization_app",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.form_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::update_organization_app`](super::client::Client::update_organization_app) with the response's status and headers.
    pub async fn update_organization_app_with_response(
        &self,
        app: impl Into<String>,
        body: super::types::UpdateOrganizationAppRequest,
    ) -> Result<super::response::ResponseValue<super::types::App>, super::error::Error> {
        let app: String = app.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PUT,
            [
                "/organization/apps/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&app),
                    "update_organization_app",
                    "app",
                )?,
            ]
                .concat(),
            "update_organization_app",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.form_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Disable App
    ///
    /// This endpoint is used to disable an app integration.  The API call always succeeds.
    ///
    /// `DELETE /organization/apps/{app}`
    ///
    /// Source: `source/includes/organisation/_apps.md:88`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn delete_organization_app(
        &self,
        app: impl Into<String>,
    ) -> Result<super::types::App, super::error::Error> {
        let app: String = app.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::DELETE,
            [
                "/organization/apps/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&app),
                    "delete_organization_app",
                    "app",
                )?,
            ]
                .concat(),
            "delete_organization_app",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::delete_organization_app`](super::client::Client::delete_organization_app) with the response's status and headers.
    pub async fn delete_organization_app_with_response(
        &self,
        app: impl Into<String>,
    ) -> Result<super::response::ResponseValue<super::types::App>, super::error::Error> {
        let app: String = app.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::DELETE,
            [
                "/organization/apps/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&app),
                    "delete_organization_app",
                    "app",
                )?,
            ]
                .concat(),
            "delete_organization_app",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// List Companies
    ///
    /// Retrieving all the companies is done using a `GET` request to the `companies` endpoint.
    ///
    /// `GET /companies`
    ///
    /// Source: `source/includes/companies/_index.md:66`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn list_companies(
        &self,
    ) -> Result<super::types::ListCompaniesResponse, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/companies".to_string(),
            "list_companies",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::list_companies`](super::client::Client::list_companies) with the response's status and headers.
    pub async fn list_companies_with_response(
        &self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListCompaniesResponse>,
        super::error::Error,
    > {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/companies".to_string(),
            "list_companies",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Create New Company
    ///
    /// Creating a new company is done using a `POST` request to the `companies` endpoint.
    ///
    /// `POST /companies`
    ///
    /// Source: `source/includes/companies/_index.md:32`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn create_company(
        &self,
        body: super::types::CreateCompanyRequest,
    ) -> Result<super::types::CreateCompanyResponse, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            "/companies".to_string(),
            "create_company",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.form_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::create_company`](super::client::Client::create_company) with the response's status and headers.
    pub async fn create_company_with_response(
        &self,
        body: super::types::CreateCompanyRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::CreateCompanyResponse>,
        super::error::Error,
    > {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            "/companies".to_string(),
            "create_company",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.form_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Get a Company
    ///
    /// Retrieving a specific company record is done using a `GET` request specifying the `company` as path parameters.
    ///
    /// `GET /companies/{company}`
    ///
    /// Source: `source/includes/companies/_index.md:94`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn get_company(
        &self,
        company: impl Into<String>,
    ) -> Result<super::types::GetCompanyResponse, super::error::Error> {
        let company: String = company.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "get_company",
                    "company",
                )?,
            ]
                .concat(),
            "get_company",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::get_company`](super::client::Client::get_company) with the response's status and headers.
    pub async fn get_company_with_response(
        &self,
        company: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::GetCompanyResponse>,
        super::error::Error,
    > {
        let company: String = company.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "get_company",
                    "company",
                )?,
            ]
                .concat(),
            "get_company",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Remove a Company
    ///
    /// Removing a company is done by issuing a `DELETE` request and specifying the `company` ID in the path.
    ///
    /// `DELETE /companies/{company}`
    ///
    /// Source: `source/includes/companies/_index.md:122`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn delete_company(
        &self,
        company: impl Into<String>,
    ) -> Result<super::types::Company, super::error::Error> {
        let company: String = company.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::DELETE,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "delete_company",
                    "company",
                )?,
            ]
                .concat(),
            "delete_company",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::delete_company`](super::client::Client::delete_company) with the response's status and headers.
    pub async fn delete_company_with_response(
        &self,
        company: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::Company>,
        super::error::Error,
    > {
        let company: String = company.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::DELETE,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "delete_company",
                    "company",
                )?,
            ]
                .concat(),
            "delete_company",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// List Connections
    ///
    /// Retrieving all the connections for a given company is done using a `GET` request to the `connections` endpoint for that company.
    ///
    /// `GET /companies/{company}/connections`
    ///
    /// Source: `source/includes/connections/_index.md:84`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn list_company_connections(
        &self,
        company: impl Into<String>,
    ) -> Result<super::types::ListCompanyConnectionsResponse, super::error::Error> {
        let company: String = company.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "list_company_connections",
                    "company",
                )?,
                "/connections",
            ]
                .concat(),
            "list_company_connections",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::list_company_connections`](super::client::Client::list_company_connections) with the response's status and headers.
    pub async fn list_company_connections_with_response(
        &self,
        company: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::ListCompanyConnectionsResponse>,
        super::error::Error,
    > {
        let company: String = company.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "list_company_connections",
                    "company",
                )?,
                "/connections",
            ]
                .concat(),
            "list_company_connections",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Create New Connection
    ///
    /// Creating a new connection for a given company is done using a `POST` request to the `connections` endpoint for that company.
    ///
    /// The `authorize_url` key in the response should be used to redirect the user agent.
    ///
    /// `POST /companies/{company}/connections`
    ///
    /// Source: `source/includes/connections/_index.md:45`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn create_company_connection(
        &self,
        company: impl Into<String>,
        body: super::types::CreateCompanyConnectionRequest,
    ) -> Result<super::types::CreateCompanyConnectionResponse, super::error::Error> {
        let company: String = company.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "create_company_connection",
                    "company",
                )?,
                "/connections",
            ]
                .concat(),
            "create_company_connection",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.form_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::create_company_connection`](super::client::Client::create_company_connection) with the response's status and headers.
    pub async fn create_company_connection_with_response(
        &self,
        company: impl Into<String>,
        body: super::types::CreateCompanyConnectionRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::CreateCompanyConnectionResponse>,
        super::error::Error,
    > {
        let company: String = company.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "create_company_connection",
                    "company",
                )?,
                "/connections",
            ]
                .concat(),
            "create_company_connection",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.form_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Get a Connection
    ///
    /// Retrieving the connection record for a given company is done using a `GET` request specifying both the `connection` and the `company` as path parameters.
    ///
    /// The result contains the state of the connection (see connection lifecycle) as well as the data extraction status for each underlying data source.
    ///
    /// `GET /companies/{company}/connections/{connection}`
    ///
    /// Source: `source/includes/connections/_index.md:118`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn get_company_connection(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<super::types::GetCompanyConnectionResponse, super::error::Error> {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "get_company_connection",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "get_company_connection",
                    "connection",
                )?,
            ]
                .concat(),
            "get_company_connection",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::get_company_connection`](super::client::Client::get_company_connection) with the response's status and headers.
    pub async fn get_company_connection_with_response(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::GetCompanyConnectionResponse>,
        super::error::Error,
    > {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "get_company_connection",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "get_company_connection",
                    "connection",
                )?,
            ]
                .concat(),
            "get_company_connection",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Remove a Connection
    ///
    /// Removing a connection for a given company is done by issuing a `DELETE` request and specifying both the `connection` and `company` in the path.
    ///
    /// `DELETE /companies/{company}/connections/{connection}`
    ///
    /// Source: `source/includes/connections/_index.md:149`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn delete_company_connection(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<super::types::Connection, super::error::Error> {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::DELETE,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "delete_company_connection",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "delete_company_connection",
                    "connection",
                )?,
            ]
                .concat(),
            "delete_company_connection",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::delete_company_connection`](super::client::Client::delete_company_connection) with the response's status and headers.
    pub async fn delete_company_connection_with_response(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::Connection>,
        super::error::Error,
    > {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::DELETE,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "delete_company_connection",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "delete_company_connection",
                    "connection",
                )?,
            ]
                .concat(),
            "delete_company_connection",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
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
    /// `GET /companies/{company}/connections/{connection}/bills`
    ///
    /// Source: `source/includes/accounting/_bills.md:72`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn list_company_connection_bills(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<super::types::ListCompanyConnectionBillsResponse, super::error::Error> {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "list_company_connection_bills",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "list_company_connection_bills",
                    "connection",
                )?,
                "/bills",
            ]
                .concat(),
            "list_company_connection_bills",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::list_company_connection_bills`](super::client::Client::list_company_connection_bills) with the response's status and headers.
    pub async fn list_company_connection_bills_with_response(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::ListCompanyConnectionBillsResponse>,
        super::error::Error,
    > {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "list_company_connection_bills",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "list_company_connection_bills",
                    "connection",
                )?,
                "/bills",
            ]
                .concat(),
            "list_company_connection_bills",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
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
    /// `GET /companies/{company}/connections/{connection}/invoices`
    ///
    /// Source: `source/includes/accounting/_invoices.md:54`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn list_company_connection_invoices(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<
        super::types::ListCompanyConnectionInvoicesResponse,
        super::error::Error,
    > {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "list_company_connection_invoices",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "list_company_connection_invoices",
                    "connection",
                )?,
                "/invoices",
            ]
                .concat(),
            "list_company_connection_invoices",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::list_company_connection_invoices`](super::client::Client::list_company_connection_invoices) with the response's status and headers.
    pub async fn list_company_connection_invoices_with_response(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<
            super::types::ListCompanyConnectionInvoicesResponse,
        >,
        super::error::Error,
    > {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "list_company_connection_invoices",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "list_company_connection_invoices",
                    "connection",
                )?,
                "/invoices",
            ]
                .concat(),
            "list_company_connection_invoices",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Cards
    ///
    /// Following is the data specification for a card that is extracted from accounting/POS OSPs
    ///
    /// `GET /companies/{company}/connections/{connection}/cards`
    ///
    /// Source: `source/includes/accounting/_cards.md:31`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn list_company_connection_cards(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<super::types::Card, super::error::Error> {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "list_company_connection_cards",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "list_company_connection_cards",
                    "connection",
                )?,
                "/cards",
            ]
                .concat(),
            "list_company_connection_cards",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::list_company_connection_cards`](super::client::Client::list_company_connection_cards) with the response's status and headers.
    pub async fn list_company_connection_cards_with_response(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::Card>,
        super::error::Error,
    > {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "list_company_connection_cards",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "list_company_connection_cards",
                    "connection",
                )?,
                "/cards",
            ]
                .concat(),
            "list_company_connection_cards",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Contacts
    ///
    /// A contact is a person or organization that is associated with your business. Following is the data specification for contacts extracted from accounting/POS OSPs
    ///
    /// `GET /companies/{company}/connections/{connection}/contacts`
    ///
    /// Source: `source/includes/accounting/_contacts.md:60`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn list_company_connection_contacts(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<
        super::types::ListCompanyConnectionContactsResponse,
        super::error::Error,
    > {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "list_company_connection_contacts",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "list_company_connection_contacts",
                    "connection",
                )?,
                "/contacts",
            ]
                .concat(),
            "list_company_connection_contacts",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::list_company_connection_contacts`](super::client::Client::list_company_connection_contacts) with the response's status and headers.
    pub async fn list_company_connection_contacts_with_response(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<
            super::types::ListCompanyConnectionContactsResponse,
        >,
        super::error::Error,
    > {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "list_company_connection_contacts",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "list_company_connection_contacts",
                    "connection",
                )?,
                "/contacts",
            ]
                .concat(),
            "list_company_connection_contacts",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
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
    /// `GET /companies/{company}/connections/{connection}/taxRates`
    ///
    /// Source: `source/includes/accounting/_tax-rates.md:43`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn list_company_connection_tax_rates(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<
        super::types::ListCompanyConnectionTaxRatesResponse,
        super::error::Error,
    > {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "list_company_connection_tax_rates",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "list_company_connection_tax_rates",
                    "connection",
                )?,
                "/taxRates",
            ]
                .concat(),
            "list_company_connection_tax_rates",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::list_company_connection_tax_rates`](super::client::Client::list_company_connection_tax_rates) with the response's status and headers.
    pub async fn list_company_connection_tax_rates_with_response(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<
            super::types::ListCompanyConnectionTaxRatesResponse,
        >,
        super::error::Error,
    > {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "list_company_connection_tax_rates",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "list_company_connection_tax_rates",
                    "connection",
                )?,
                "/taxRates",
            ]
                .concat(),
            "list_company_connection_tax_rates",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Bank Accounts
    ///
    /// A list of bank accounts from a connected app platform for the associated business.  Following is the data specification for a bank account that is extracted from banking OSPs
    ///
    /// `GET /companies/{company}/connections/{connection}/bankAccounts`
    ///
    /// Source: `source/includes/banking/_accounts.md:37`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn list_company_connection_bank_accounts(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<super::types::BankAccount, super::error::Error> {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "list_company_connection_bank_accounts",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "list_company_connection_bank_accounts",
                    "connection",
                )?,
                "/bankAccounts",
            ]
                .concat(),
            "list_company_connection_bank_accounts",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::list_company_connection_bank_accounts`](super::client::Client::list_company_connection_bank_accounts) with the response's status and headers.
    pub async fn list_company_connection_bank_accounts_with_response(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::BankAccount>,
        super::error::Error,
    > {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "list_company_connection_bank_accounts",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "list_company_connection_bank_accounts",
                    "connection",
                )?,
                "/bankAccounts",
            ]
                .concat(),
            "list_company_connection_bank_accounts",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Leaves
    ///
    /// A leave is time-off requested to a company by an employee. Following is the data specification for a leave record that is extracted from HR/Payroll OSPs
    ///
    /// `GET /companies/{company}/connections/{connection}/leaves`
    ///
    /// Source: `source/includes/hr/_leaves.md:54`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn list_company_connection_leaves(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<super::types::ListCompanyConnectionLeavesResponse, super::error::Error> {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "list_company_connection_leaves",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "list_company_connection_leaves",
                    "connection",
                )?,
                "/leaves",
            ]
                .concat(),
            "list_company_connection_leaves",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::list_company_connection_leaves`](super::client::Client::list_company_connection_leaves) with the response's status and headers.
    pub async fn list_company_connection_leaves_with_response(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<
            super::types::ListCompanyConnectionLeavesResponse,
        >,
        super::error::Error,
    > {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "list_company_connection_leaves",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "list_company_connection_leaves",
                    "connection",
                )?,
                "/leaves",
            ]
                .concat(),
            "list_company_connection_leaves",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Pay Run Summary
    ///
    /// Summarized pay run of different periods. Following is the data specification for pay run summary as extracted from HR/Payroll OSPs
    ///
    /// `GET /companies/{company}/connections/{connection}/payRunSummary`
    ///
    /// Source: `source/includes/hr/_pay-run-summary.md:36`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn get_company_connection_pay_run_summary(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<
        super::types::GetCompanyConnectionPayRunSummaryResponse,
        super::error::Error,
    > {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "get_company_connection_pay_run_summary",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "get_company_connection_pay_run_summary",
                    "connection",
                )?,
                "/payRunSummary",
            ]
                .concat(),
            "get_company_connection_pay_run_summary",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::get_company_connection_pay_run_summary`](super::client::Client::get_company_connection_pay_run_summary) with the response's status and headers.
    pub async fn get_company_connection_pay_run_summary_with_response(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<
            super::types::GetCompanyConnectionPayRunSummaryResponse,
        >,
        super::error::Error,
    > {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "get_company_connection_pay_run_summary",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "get_company_connection_pay_run_summary",
                    "connection",
                )?,
                "/payRunSummary",
            ]
                .concat(),
            "get_company_connection_pay_run_summary",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Staff Wages
    ///
    /// Staff wages is the record of pay run categorized by employment type. Following is the data specification for staff wages as extracted from HR/Payroll OSPs
    ///
    /// `GET /companies/{company}/connections/{connection}/staffWages`
    ///
    /// Source: `source/includes/hr/_staff-wages.md:36`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn list_company_connection_staff_wages(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<
        super::types::ListCompanyConnectionStaffWagesResponse,
        super::error::Error,
    > {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "list_company_connection_staff_wages",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "list_company_connection_staff_wages",
                    "connection",
                )?,
                "/staffWages",
            ]
                .concat(),
            "list_company_connection_staff_wages",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::list_company_connection_staff_wages`](super::client::Client::list_company_connection_staff_wages) with the response's status and headers.
    pub async fn list_company_connection_staff_wages_with_response(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<
            super::types::ListCompanyConnectionStaffWagesResponse,
        >,
        super::error::Error,
    > {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "list_company_connection_staff_wages",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "list_company_connection_staff_wages",
                    "connection",
                )?,
                "/staffWages",
            ]
                .concat(),
            "list_company_connection_staff_wages",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
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
    /// `GET /companies/{company}/connections/{connection}/products`
    ///
    /// Source: `source/includes/pos/_product.md:49`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn list_company_connection_products(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<
        super::types::ListCompanyConnectionProductsResponse,
        super::error::Error,
    > {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "list_company_connection_products",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "list_company_connection_products",
                    "connection",
                )?,
                "/products",
            ]
                .concat(),
            "list_company_connection_products",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::list_company_connection_products`](super::client::Client::list_company_connection_products) with the response's status and headers.
    pub async fn list_company_connection_products_with_response(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<
            super::types::ListCompanyConnectionProductsResponse,
        >,
        super::error::Error,
    > {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "list_company_connection_products",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "list_company_connection_products",
                    "connection",
                )?,
                "/products",
            ]
                .concat(),
            "list_company_connection_products",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
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
    /// `GET /companies/{company}/connections/{connection}/stockItems`
    ///
    /// Source: `source/includes/pos/_stockItems.md:41`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn list_company_connection_stock_items(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<
        super::types::ListCompanyConnectionStockItemsResponse,
        super::error::Error,
    > {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "list_company_connection_stock_items",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "list_company_connection_stock_items",
                    "connection",
                )?,
                "/stockItems",
            ]
                .concat(),
            "list_company_connection_stock_items",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::list_company_connection_stock_items`](super::client::Client::list_company_connection_stock_items) with the response's status and headers.
    pub async fn list_company_connection_stock_items_with_response(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<
            super::types::ListCompanyConnectionStockItemsResponse,
        >,
        super::error::Error,
    > {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "list_company_connection_stock_items",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "list_company_connection_stock_items",
                    "connection",
                )?,
                "/stockItems",
            ]
                .concat(),
            "list_company_connection_stock_items",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Email Marketing
    ///
    /// Email Marketing data simplifies the analysis of email campaign performance. Following is the data specification for email marketing as extracted from Email Marketing OSPs
    ///
    /// `GET /companies/{company}/connections/{connection}/emailMarketing`
    ///
    /// Source: `source/includes/email_marketing/_email-marketing.md:29`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn get_company_connection_email_marketing(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<
        super::types::GetCompanyConnectionEmailMarketingResponse,
        super::error::Error,
    > {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "get_company_connection_email_marketing",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "get_company_connection_email_marketing",
                    "connection",
                )?,
                "/emailMarketing",
            ]
                .concat(),
            "get_company_connection_email_marketing",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::get_company_connection_email_marketing`](super::client::Client::get_company_connection_email_marketing) with the response's status and headers.
    pub async fn get_company_connection_email_marketing_with_response(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<
            super::types::GetCompanyConnectionEmailMarketingResponse,
        >,
        super::error::Error,
    > {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "get_company_connection_email_marketing",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "get_company_connection_email_marketing",
                    "connection",
                )?,
                "/emailMarketing",
            ]
                .concat(),
            "get_company_connection_email_marketing",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Web Analytics
    ///
    /// The data in this section allows you to anaylze user behavior around your website pages and gain insights on the revenue generated by different ad sources. Following is the data specification for web analytics as extracted from web analytics OSPs
    ///
    /// `GET /companies/{company}/connections/{connection}/webAnalytics`
    ///
    /// Source: `source/includes/web_analytics/_web-analytics.md:28`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 403, 404, 405, 429, 500, 503.
    pub async fn list_company_connection_web_analytics(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<
        super::types::ListCompanyConnectionWebAnalyticsResponse,
        super::error::Error,
    > {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "list_company_connection_web_analytics",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "list_company_connection_web_analytics",
                    "connection",
                )?,
                "/webAnalytics",
            ]
                .concat(),
            "list_company_connection_web_analytics",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::list_company_connection_web_analytics`](super::client::Client::list_company_connection_web_analytics) with the response's status and headers.
    pub async fn list_company_connection_web_analytics_with_response(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<
            super::types::ListCompanyConnectionWebAnalyticsResponse,
        >,
        super::error::Error,
    > {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "list_company_connection_web_analytics",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "list_company_connection_web_analytics",
                    "connection",
                )?,
                "/webAnalytics",
            ]
                .concat(),
            "list_company_connection_web_analytics",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }
}
