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
    pub async fn set_redirect_url(
        &self,
    ) -> Result<super::types::SetRedirectUrlResponse, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/organization/redirect_url".to_string(),
            "set_redirect_url",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::set_redirect_url`](super::client::Client::set_redirect_url) with the response's status and headers.
    pub async fn set_redirect_url_with_response(
        &self,
    ) -> Result<
        super::response::ResponseValue<super::types::SetRedirectUrlResponse>,
        super::error::Error,
    > {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/organization/redirect_url".to_string(),
            "set_redirect_url",
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
    pub async fn get_redirect_url(
        &self,
        body: super::types::GetRedirectUrlRequest,
    ) -> Result<super::types::Organization, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PUT,
            "/organization/redirect_url".to_string(),
            "get_redirect_url",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.form_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::get_redirect_url`](super::client::Client::get_redirect_url) with the response's status and headers.
    pub async fn get_redirect_url_with_response(
        &self,
        body: super::types::GetRedirectUrlRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::Organization>,
        super::error::Error,
    > {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PUT,
            "/organization/redirect_url".to_string(),
            "get_redirect_url",
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
    pub async fn list_apps(
        &self,
    ) -> Result<super::types::ListAppsResponse, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/organization/apps".to_string(),
            "list_apps",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::list_apps`](super::client::Client::list_apps) with the response's status and headers.
    pub async fn list_apps_with_response(
        &self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListAppsResponse>,
        super::error::Error,
    > {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/organization/apps".to_string(),
            "list_apps",
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
    pub async fn enable_app(
        &self,
        app: impl Into<String>,
        body: super::types::EnableAppRequest,
    ) -> Result<super::types::App, super::error::Error> {
        let app: String = app.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PUT,
            [
                "/organization/apps/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&app),
                    "enable_app",
                    "app",
                )?,
            ]
                .concat(),
            "enable_app",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.form_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::enable_app`](super::client::Client::enable_app) with the response's status and headers.
    pub async fn enable_app_with_response(
        &self,
        app: impl Into<String>,
        body: super::types::EnableAppRequest,
    ) -> Result<super::response::ResponseValue<super::types::App>, super::error::Error> {
        let app: String = app.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PUT,
            [
                "/organization/apps/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&app),
                    "enable_app",
                    "app",
                )?,
            ]
                .concat(),
            "enable_app",
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
    pub async fn disable_app(
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
                    "disable_app",
                    "app",
                )?,
            ]
                .concat(),
            "disable_app",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::disable_app`](super::client::Client::disable_app) with the response's status and headers.
    pub async fn disable_app_with_response(
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
                    "disable_app",
                    "app",
                )?,
            ]
                .concat(),
            "disable_app",
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
    pub async fn create_new_company(
        &self,
        body: super::types::CreateNewCompanyRequest,
    ) -> Result<super::types::CreateNewCompanyResponse, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            "/companies".to_string(),
            "create_new_company",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.form_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::create_new_company`](super::client::Client::create_new_company) with the response's status and headers.
    pub async fn create_new_company_with_response(
        &self,
        body: super::types::CreateNewCompanyRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::CreateNewCompanyResponse>,
        super::error::Error,
    > {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            "/companies".to_string(),
            "create_new_company",
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
    pub async fn get_a_company(
        &self,
        company: impl Into<String>,
    ) -> Result<super::types::GetACompanyResponse, super::error::Error> {
        let company: String = company.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "get_a_company",
                    "company",
                )?,
            ]
                .concat(),
            "get_a_company",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::get_a_company`](super::client::Client::get_a_company) with the response's status and headers.
    pub async fn get_a_company_with_response(
        &self,
        company: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::GetACompanyResponse>,
        super::error::Error,
    > {
        let company: String = company.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "get_a_company",
                    "company",
                )?,
            ]
                .concat(),
            "get_a_company",
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
    pub async fn remove_a_company(
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
                    "remove_a_company",
                    "company",
                )?,
            ]
                .concat(),
            "remove_a_company",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::remove_a_company`](super::client::Client::remove_a_company) with the response's status and headers.
    pub async fn remove_a_company_with_response(
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
                    "remove_a_company",
                    "company",
                )?,
            ]
                .concat(),
            "remove_a_company",
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
    pub async fn list_connections(
        &self,
        company: impl Into<String>,
    ) -> Result<super::types::ListConnectionsResponse, super::error::Error> {
        let company: String = company.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "list_connections",
                    "company",
                )?,
                "/connections",
            ]
                .concat(),
            "list_connections",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::list_connections`](super::client::Client::list_connections) with the response's status and headers.
    pub async fn list_connections_with_response(
        &self,
        company: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::ListConnectionsResponse>,
        super::error::Error,
    > {
        let company: String = company.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "list_connections",
                    "company",
                )?,
                "/connections",
            ]
                .concat(),
            "list_connections",
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
    pub async fn create_new_connection(
        &self,
        company: impl Into<String>,
        body: super::types::CreateNewConnectionRequest,
    ) -> Result<super::types::CreateNewConnectionResponse, super::error::Error> {
        let company: String = company.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "create_new_connection",
                    "company",
                )?,
                "/connections",
            ]
                .concat(),
            "create_new_connection",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.form_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::create_new_connection`](super::client::Client::create_new_connection) with the response's status and headers.
    pub async fn create_new_connection_with_response(
        &self,
        company: impl Into<String>,
        body: super::types::CreateNewConnectionRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::CreateNewConnectionResponse>,
        super::error::Error,
    > {
        let company: String = company.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "create_new_connection",
                    "company",
                )?,
                "/connections",
            ]
                .concat(),
            "create_new_connection",
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
    pub async fn get_a_connection(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<super::types::GetAConnectionResponse, super::error::Error> {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "get_a_connection",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "get_a_connection",
                    "connection",
                )?,
            ]
                .concat(),
            "get_a_connection",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::get_a_connection`](super::client::Client::get_a_connection) with the response's status and headers.
    pub async fn get_a_connection_with_response(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::GetAConnectionResponse>,
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
                    "get_a_connection",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "get_a_connection",
                    "connection",
                )?,
            ]
                .concat(),
            "get_a_connection",
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
    pub async fn remove_a_connection(
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
                    "remove_a_connection",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "remove_a_connection",
                    "connection",
                )?,
            ]
                .concat(),
            "remove_a_connection",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::remove_a_connection`](super::client::Client::remove_a_connection) with the response's status and headers.
    pub async fn remove_a_connection_with_response(
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
                    "remove_a_connection",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "remove_a_connection",
                    "connection",
                )?,
            ]
                .concat(),
            "remove_a_connection",
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
    pub async fn bills(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<super::types::BillsResponse, super::error::Error> {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "bills",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "bills",
                    "connection",
                )?,
                "/bills",
            ]
                .concat(),
            "bills",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::bills`](super::client::Client::bills) with the response's status and headers.
    pub async fn bills_with_response(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::BillsResponse>,
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
                    "bills",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "bills",
                    "connection",
                )?,
                "/bills",
            ]
                .concat(),
            "bills",
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
    pub async fn invoices(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<super::types::InvoicesResponse, super::error::Error> {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "invoices",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "invoices",
                    "connection",
                )?,
                "/invoices",
            ]
                .concat(),
            "invoices",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::invoices`](super::client::Client::invoices) with the response's status and headers.
    pub async fn invoices_with_response(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::InvoicesResponse>,
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
                    "invoices",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "invoices",
                    "connection",
                )?,
                "/invoices",
            ]
                .concat(),
            "invoices",
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
    pub async fn cards(
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
                    "cards",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "cards",
                    "connection",
                )?,
                "/cards",
            ]
                .concat(),
            "cards",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::cards`](super::client::Client::cards) with the response's status and headers.
    pub async fn cards_with_response(
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
                    "cards",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "cards",
                    "connection",
                )?,
                "/cards",
            ]
                .concat(),
            "cards",
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
    pub async fn contacts(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<super::types::ContactsResponse, super::error::Error> {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "contacts",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "contacts",
                    "connection",
                )?,
                "/contacts",
            ]
                .concat(),
            "contacts",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::contacts`](super::client::Client::contacts) with the response's status and headers.
    pub async fn contacts_with_response(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::ContactsResponse>,
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
                    "contacts",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "contacts",
                    "connection",
                )?,
                "/contacts",
            ]
                .concat(),
            "contacts",
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
    pub async fn tax_rates(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<super::types::TaxRatesResponse, super::error::Error> {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "tax_rates",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "tax_rates",
                    "connection",
                )?,
                "/taxRates",
            ]
                .concat(),
            "tax_rates",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::tax_rates`](super::client::Client::tax_rates) with the response's status and headers.
    pub async fn tax_rates_with_response(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::TaxRatesResponse>,
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
                    "tax_rates",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "tax_rates",
                    "connection",
                )?,
                "/taxRates",
            ]
                .concat(),
            "tax_rates",
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
    pub async fn bank_accounts(
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
                    "bank_accounts",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "bank_accounts",
                    "connection",
                )?,
                "/bankAccounts",
            ]
                .concat(),
            "bank_accounts",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::bank_accounts`](super::client::Client::bank_accounts) with the response's status and headers.
    pub async fn bank_accounts_with_response(
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
                    "bank_accounts",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "bank_accounts",
                    "connection",
                )?,
                "/bankAccounts",
            ]
                .concat(),
            "bank_accounts",
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
    pub async fn leaves(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<super::types::LeavesResponse, super::error::Error> {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "leaves",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "leaves",
                    "connection",
                )?,
                "/leaves",
            ]
                .concat(),
            "leaves",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::leaves`](super::client::Client::leaves) with the response's status and headers.
    pub async fn leaves_with_response(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::LeavesResponse>,
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
                    "leaves",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "leaves",
                    "connection",
                )?,
                "/leaves",
            ]
                .concat(),
            "leaves",
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
    pub async fn pay_run_summary(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<super::types::PayRunSummaryResponse, super::error::Error> {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "pay_run_summary",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "pay_run_summary",
                    "connection",
                )?,
                "/payRunSummary",
            ]
                .concat(),
            "pay_run_summary",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::pay_run_summary`](super::client::Client::pay_run_summary) with the response's status and headers.
    pub async fn pay_run_summary_with_response(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::PayRunSummaryResponse>,
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
                    "pay_run_summary",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "pay_run_summary",
                    "connection",
                )?,
                "/payRunSummary",
            ]
                .concat(),
            "pay_run_summary",
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
    pub async fn staff_wages(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<super::types::StaffWagesResponse, super::error::Error> {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "staff_wages",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "staff_wages",
                    "connection",
                )?,
                "/staffWages",
            ]
                .concat(),
            "staff_wages",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::staff_wages`](super::client::Client::staff_wages) with the response's status and headers.
    pub async fn staff_wages_with_response(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::StaffWagesResponse>,
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
                    "staff_wages",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "staff_wages",
                    "connection",
                )?,
                "/staffWages",
            ]
                .concat(),
            "staff_wages",
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
    pub async fn product(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<super::types::ProductResponse, super::error::Error> {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "product",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "product",
                    "connection",
                )?,
                "/products",
            ]
                .concat(),
            "product",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::product`](super::client::Client::product) with the response's status and headers.
    pub async fn product_with_response(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::ProductResponse>,
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
                    "product",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "product",
                    "connection",
                )?,
                "/products",
            ]
                .concat(),
            "product",
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
    pub async fn stock_items(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<super::types::StockItemsResponse, super::error::Error> {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "stock_items",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "stock_items",
                    "connection",
                )?,
                "/stockItems",
            ]
                .concat(),
            "stock_items",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::stock_items`](super::client::Client::stock_items) with the response's status and headers.
    pub async fn stock_items_with_response(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::StockItemsResponse>,
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
                    "stock_items",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "stock_items",
                    "connection",
                )?,
                "/stockItems",
            ]
                .concat(),
            "stock_items",
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
    pub async fn email_marketing(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<super::types::EmailMarketingResponse, super::error::Error> {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "email_marketing",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "email_marketing",
                    "connection",
                )?,
                "/emailMarketing",
            ]
                .concat(),
            "email_marketing",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::email_marketing`](super::client::Client::email_marketing) with the response's status and headers.
    pub async fn email_marketing_with_response(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::EmailMarketingResponse>,
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
                    "email_marketing",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "email_marketing",
                    "connection",
                )?,
                "/emailMarketing",
            ]
                .concat(),
            "email_marketing",
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
    pub async fn web_analytics(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<super::types::WebAnalyticsResponse, super::error::Error> {
        let company: String = company.into();
        let connection: String = connection.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/companies/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&company),
                    "web_analytics",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "web_analytics",
                    "connection",
                )?,
                "/webAnalytics",
            ]
                .concat(),
            "web_analytics",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::web_analytics`](super::client::Client::web_analytics) with the response's status and headers.
    pub async fn web_analytics_with_response(
        &self,
        company: impl Into<String>,
        connection: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::WebAnalyticsResponse>,
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
                    "web_analytics",
                    "company",
                )?,
                "/connections/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&connection),
                    "web_analytics",
                    "connection",
                )?,
                "/webAnalytics",
            ]
                .concat(),
            "web_analytics",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }
}
