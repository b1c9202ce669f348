//! One method per API operation, and request builders for operations with optional parameters.

impl super::client::Client {
    /// Retreive the account
    ///
    /// Returns the current authenticated user account.
    ///
    /// `GET /account`
    ///
    /// Source: `sections/account.md:38`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 404, 500.
    pub async fn get_account(
        &self,
    ) -> Result<super::types::Account, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/account".to_string(),
            "get_account",
        );
        parts.security = &[&[super::auth::Scheme::BasicAuth]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::get_account`](super::client::Client::get_account) with the response's status and headers.
    pub async fn get_account_with_response(
        &self,
    ) -> Result<
        super::response::ResponseValue<super::types::Account>,
        super::error::Error,
    > {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/account".to_string(),
            "get_account",
        );
        parts.security = &[&[super::auth::Scheme::BasicAuth]];
        self.send_json_with_response(parts).await
    }

    /// List all captured emails
    ///
    /// Returns a list of all captured emails.
    ///
    /// `GET /captured_emails`
    ///
    /// Source: `sections/captured_email.md:41`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 404, 500.
    ///
    /// Returns a [`ListCapturedEmailsRequest`]: set optional parameters on it, then call `.send().await`.
    pub fn list_captured_emails(&self) -> ListCapturedEmailsRequest {
        ListCapturedEmailsRequest {
            client: self.clone(),
            limit: None,
            starting_after: None,
            starting_before: None,
        }
    }

    /// Every item of [`Client::list_captured_emails`](super::client::Client::list_captured_emails), page after page, fetched lazily.
    ///
    /// Shorthand for `client.list_captured_emails(..).stream()` with no optional parameter set.
    #[allow(deprecated, reason = "the operation is deprecated; so is its stream")]
    pub fn list_captured_emails_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<super::types::CapturedEmail, super::error::Error>,
    > + Send + 'static {
        self.list_captured_emails().stream()
    }

    /// Retreive a customer
    ///
    /// Returns a specified customer. The customer id is unique among all Spaces for a user.
    ///
    /// `GET /customers/{customer_token}`
    ///
    /// Source: `sections/customer.md:45`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 404, 500.
    pub async fn get_customer(
        &self,
        customer_token: impl Into<String>,
    ) -> Result<super::types::Customer, super::error::Error> {
        let customer_token: String = customer_token.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/customers/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&customer_token),
                    "get_customer",
                    "customer_token",
                )?,
            ]
                .concat(),
            "get_customer",
        );
        parts.security = &[&[super::auth::Scheme::BasicAuth]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::get_customer`](super::client::Client::get_customer) with the response's status and headers.
    pub async fn get_customer_with_response(
        &self,
        customer_token: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::Customer>,
        super::error::Error,
    > {
        let customer_token: String = customer_token.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/customers/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&customer_token),
                    "get_customer",
                    "customer_token",
                )?,
            ]
                .concat(),
            "get_customer",
        );
        parts.security = &[&[super::auth::Scheme::BasicAuth]];
        self.send_json_with_response(parts).await
    }

    /// List all customers
    ///
    /// Returns a list of all customers.
    ///
    /// `GET /customers`
    ///
    /// Source: `sections/customer.md:72`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 404, 500.
    ///
    /// Returns a [`ListCustomersRequest`]: set optional parameters on it, then call `.send().await`.
    pub fn list_customers(&self) -> ListCustomersRequest {
        ListCustomersRequest {
            client: self.clone(),
            limit: None,
            starting_after: None,
            starting_before: None,
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

    /// List all events
    ///
    /// Returns a list of all events.
    ///
    /// `GET /events`
    ///
    /// Source: `sections/event.md:56`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 404, 500.
    ///
    /// Returns a [`ListEventsRequest`]: set optional parameters on it, then call `.send().await`.
    pub fn list_events(&self) -> ListEventsRequest {
        ListEventsRequest {
            client: self.clone(),
            limit: None,
            starting_after: None,
            starting_before: None,
        }
    }

    /// Every item of [`Client::list_events`](super::client::Client::list_events), page after page, fetched lazily.
    ///
    /// Shorthand for `client.list_events(..).stream()` with no optional parameter set.
    #[allow(deprecated, reason = "the operation is deprecated; so is its stream")]
    pub fn list_events_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<super::types::Event, super::error::Error>,
    > + Send + 'static {
        self.list_events().stream()
    }

    /// Retrieve an invoice
    ///
    /// Returns a specified invoice. The invoice id is unique among all Spaces for a user.
    ///
    /// `GET /invoices/{invoice_token}`
    ///
    /// Source: `sections/invoice.md:103`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 404, 500.
    pub async fn get_invoice(
        &self,
        invoice_token: impl Into<String>,
    ) -> Result<super::types::GetInvoiceResponse, super::error::Error> {
        let invoice_token: String = invoice_token.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/invoices/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&invoice_token),
                    "get_invoice",
                    "invoice_token",
                )?,
            ]
                .concat(),
            "get_invoice",
        );
        parts.security = &[&[super::auth::Scheme::BasicAuth]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::get_invoice`](super::client::Client::get_invoice) with the response's status and headers.
    pub async fn get_invoice_with_response(
        &self,
        invoice_token: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::GetInvoiceResponse>,
        super::error::Error,
    > {
        let invoice_token: String = invoice_token.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/invoices/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&invoice_token),
                    "get_invoice",
                    "invoice_token",
                )?,
            ]
                .concat(),
            "get_invoice",
        );
        parts.security = &[&[super::auth::Scheme::BasicAuth]];
        self.send_json_with_response(parts).await
    }

    /// List all invoices
    ///
    /// Returns a list of all invoices.
    ///
    /// `GET /invoices`
    ///
    /// Source: `sections/invoice.md:180`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 404, 500.
    ///
    /// Returns a [`ListInvoicesRequest`]: set optional parameters on it, then call `.send().await`.
    pub fn list_invoices(&self) -> ListInvoicesRequest {
        ListInvoicesRequest {
            client: self.clone(),
            limit: None,
            starting_after: None,
            starting_before: None,
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

    /// Retrieve a subscription
    ///
    /// To retrieve a specific subscription resource, you need to use the Customer resource for the subscription in the URI.
    ///
    /// `GET /customers/{customer_token}/subscriptions/{subscription_token}`
    ///
    /// Source: `sections/subscription.md:80`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 404, 500.
    pub async fn get_customer_subscription(
        &self,
        customer_token: impl Into<String>,
        subscription_token: impl Into<String>,
    ) -> Result<super::types::GetCustomerSubscriptionResponse, super::error::Error> {
        let customer_token: String = customer_token.into();
        let subscription_token: String = subscription_token.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/customers/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&customer_token),
                    "get_customer_subscription",
                    "customer_token",
                )?,
                "/subscriptions/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&subscription_token),
                    "get_customer_subscription",
                    "subscription_token",
                )?,
            ]
                .concat(),
            "get_customer_subscription",
        );
        parts.security = &[&[super::auth::Scheme::BasicAuth]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::get_customer_subscription`](super::client::Client::get_customer_subscription) with the response's status and headers.
    pub async fn get_customer_subscription_with_response(
        &self,
        customer_token: impl Into<String>,
        subscription_token: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::GetCustomerSubscriptionResponse>,
        super::error::Error,
    > {
        let customer_token: String = customer_token.into();
        let subscription_token: String = subscription_token.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/customers/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&customer_token),
                    "get_customer_subscription",
                    "customer_token",
                )?,
                "/subscriptions/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&subscription_token),
                    "get_customer_subscription",
                    "subscription_token",
                )?,
            ]
                .concat(),
            "get_customer_subscription",
        );
        parts.security = &[&[super::auth::Scheme::BasicAuth]];
        self.send_json_with_response(parts).await
    }

    /// List all subscriptions
    ///
    /// Returns a list of all subscriptions.
    ///
    /// `GET /subscriptions`
    ///
    /// Source: `sections/subscription.md:139`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 404, 500.
    ///
    /// Returns a [`ListSubscriptionsRequest`]: set optional parameters on it, then call `.send().await`.
    pub fn list_subscriptions(&self) -> ListSubscriptionsRequest {
        ListSubscriptionsRequest {
            client: self.clone(),
            limit: None,
            starting_after: None,
            starting_before: None,
        }
    }

    /// Every item of [`Client::list_subscriptions`](super::client::Client::list_subscriptions), page after page, fetched lazily.
    ///
    /// Shorthand for `client.list_subscriptions(..).stream()` with no optional parameter set.
    #[allow(deprecated, reason = "the operation is deprecated; so is its stream")]
    pub fn list_subscriptions_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<super::types::Subscription, super::error::Error>,
    > + Send + 'static {
        self.list_subscriptions().stream()
    }

    /// List all webhooks
    ///
    /// Returns a list of all webhooks.
    ///
    /// `GET /webhooks`
    ///
    /// Source: `sections/webhook.md:50`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 404, 500.
    ///
    /// Returns a [`ListWebhooksRequest`]: set optional parameters on it, then call `.send().await`.
    pub fn list_webhooks(&self) -> ListWebhooksRequest {
        ListWebhooksRequest {
            client: self.clone(),
            limit: None,
            starting_after: None,
            starting_before: None,
        }
    }

    /// Every item of [`Client::list_webhooks`](super::client::Client::list_webhooks), page after page, fetched lazily.
    ///
    /// Shorthand for `client.list_webhooks(..).stream()` with no optional parameter set.
    #[allow(deprecated, reason = "the operation is deprecated; so is its stream")]
    pub fn list_webhooks_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<super::types::Webhook, super::error::Error>,
    > + Send + 'static {
        self.list_webhooks().stream()
    }

    /// Retrieve a Space
    ///
    /// Returns a specified Space.
    ///
    /// `GET /spaces/{space_id}`
    ///
    /// Source: `sections/space.md:36`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 404, 500.
    pub async fn get_space(
        &self,
        space_id: impl Into<String>,
    ) -> Result<super::types::Space, super::error::Error> {
        let space_id: String = space_id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/spaces/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&space_id),
                    "get_space",
                    "space_id",
                )?,
            ]
                .concat(),
            "get_space",
        );
        parts.security = &[&[super::auth::Scheme::BasicAuth]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::get_space`](super::client::Client::get_space) with the response's status and headers.
    pub async fn get_space_with_response(
        &self,
        space_id: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::Space>,
        super::error::Error,
    > {
        let space_id: String = space_id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/spaces/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&space_id),
                    "get_space",
                    "space_id",
                )?,
            ]
                .concat(),
            "get_space",
        );
        parts.security = &[&[super::auth::Scheme::BasicAuth]];
        self.send_json_with_response(parts).await
    }

    /// List all Spaces
    ///
    /// Returns a list of all Spaces.
    ///
    /// `GET /spaces`
    ///
    /// Source: `sections/space.md:56`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 404, 500.
    ///
    /// Returns a [`ListSpacesRequest`]: set optional parameters on it, then call `.send().await`.
    pub fn list_spaces(&self) -> ListSpacesRequest {
        ListSpacesRequest {
            client: self.clone(),
            limit: None,
            starting_after: None,
            starting_before: None,
        }
    }

    /// Every item of [`Client::list_spaces`](super::client::Client::list_spaces), page after page, fetched lazily.
    ///
    /// Shorthand for `client.list_spaces(..).stream()` with no optional parameter set.
    #[allow(deprecated, reason = "the operation is deprecated; so is its stream")]
    pub fn list_spaces_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<super::types::Space, super::error::Error>,
    > + Send + 'static {
        self.list_spaces().stream()
    }

    /// List all resource subscriptions
    ///
    /// Returns a list of all resource subscriptions.
    ///
    /// `GET /resource_subscriptions`
    ///
    /// Source: `sections/resource_subscription.md:60`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 404, 500.
    ///
    /// Returns a [`ListResourceSubscriptionsRequest`]: set optional parameters on it, then call `.send().await`.
    pub fn list_resource_subscriptions(&self) -> ListResourceSubscriptionsRequest {
        ListResourceSubscriptionsRequest {
            client: self.clone(),
            limit: None,
            starting_after: None,
            starting_before: None,
        }
    }

    /// Every item of [`Client::list_resource_subscriptions`](super::client::Client::list_resource_subscriptions), page after page, fetched lazily.
    ///
    /// Shorthand for `client.list_resource_subscriptions(..).stream()` with no optional parameter set.
    #[allow(deprecated, reason = "the operation is deprecated; so is its stream")]
    pub fn list_resource_subscriptions_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<super::types::ResourceSubscription, super::error::Error>,
    > + Send + 'static {
        self.list_resource_subscriptions().stream()
    }

    /// Example request create
    ///
    /// `POST /resource_subscriptions`
    ///
    /// Source: `sections/resource_subscription.md:45`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error; the docs name HTTP 400, 401, 404, 500.
    pub async fn create_resource_subscription(
        &self,
        body: super::types::CreateResourceSubscriptionRequest,
    ) -> Result<(), super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            "/resource_subscriptions".to_string(),
            "create_resource_subscription",
        );
        parts.security = &[&[super::auth::Scheme::BasicAuth]];
        parts.form_body(&body)?;
        self.send_unit_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::create_resource_subscription`](super::client::Client::create_resource_subscription) with the response's status and headers.
    pub async fn create_resource_subscription_with_response(
        &self,
        body: super::types::CreateResourceSubscriptionRequest,
    ) -> Result<super::response::ResponseValue<()>, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            "/resource_subscriptions".to_string(),
            "create_resource_subscription",
        );
        parts.security = &[&[super::auth::Scheme::BasicAuth]];
        parts.form_body(&body)?;
        self.send_unit_with_response(parts).await
    }
}

/// Request builder for [`Client::list_captured_emails`](super::client::Client::list_captured_emails): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListCapturedEmailsRequest {
    client: super::client::Client,
    limit: Option<i64>,
    starting_after: Option<String>,
    starting_before: Option<String>,
}

impl ListCapturedEmailsRequest {
    /// Sets `limit`.
    ///
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100 items. Defaults to 20.
    pub fn limit(mut self, limit: i64) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Sets `starting_after`.
    ///
    /// A cursor containing the ID of the object you wish to paginate after. If you have `obj_bar` you wish to paginate after, you can set the subsequent call with `starting_after=obj_bar`.
    pub fn starting_after(mut self, starting_after: impl Into<String>) -> Self {
        self.starting_after = Some(starting_after.into());
        self
    }

    /// Sets `starting_before`.
    ///
    /// A cursor containing the ID of the object you wish to paginate before. If you have `obj_bar` you wish to paginate before, you can set the subsequent call with `starting_after=obj_bar`.
    pub fn starting_before(mut self, starting_before: impl Into<String>) -> Self {
        self.starting_before = Some(starting_before.into());
        self
    }

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/captured_emails".to_string(),
            "list_captured_emails",
        );
        parts.security = &[&[super::auth::Scheme::BasicAuth]];
        if let Some(value) = &self.limit {
            parts.query.push(("limit".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.starting_after {
            parts
                .query
                .push((
                    "starting_after".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.starting_before {
            parts
                .query
                .push((
                    "starting_before".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListCapturedEmailsResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListCapturedEmailsResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<
        Item = Result<super::types::CapturedEmail, super::error::Error>,
    > + Send + 'static {
        let parts = self.parts();
        super::pagination::paginate(
            self.client,
            parts,
            super::pagination::Config {
                style: super::pagination::Style::Cursor {
                    param: "starting_after",
                    field: "id",
                    next: None,
                },
                items: "data",
                size_param: Some("limit"),
                has_more: Some("has_more"),
                total_pages: None,
                total_count: None,
                default_size: Some(20u64),
            },
        )
    }
}

/// Request builder for [`Client::list_customers`](super::client::Client::list_customers): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListCustomersRequest {
    client: super::client::Client,
    limit: Option<i64>,
    starting_after: Option<String>,
    starting_before: Option<String>,
}

impl ListCustomersRequest {
    /// Sets `limit`.
    ///
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100 items. Defaults to 20.
    pub fn limit(mut self, limit: i64) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Sets `starting_after`.
    ///
    /// A cursor containing the ID of the object you wish to paginate after. If you have `obj_bar` you wish to paginate after, you can set the subsequent call with `starting_after=obj_bar`.
    pub fn starting_after(mut self, starting_after: impl Into<String>) -> Self {
        self.starting_after = Some(starting_after.into());
        self
    }

    /// Sets `starting_before`.
    ///
    /// A cursor containing the ID of the object you wish to paginate before. If you have `obj_bar` you wish to paginate before, you can set the subsequent call with `starting_after=obj_bar`.
    pub fn starting_before(mut self, starting_before: impl Into<String>) -> Self {
        self.starting_before = Some(starting_before.into());
        self
    }

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/customers".to_string(),
            "list_customers",
        );
        parts.security = &[&[super::auth::Scheme::BasicAuth]];
        if let Some(value) = &self.limit {
            parts.query.push(("limit".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.starting_after {
            parts
                .query
                .push((
                    "starting_after".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.starting_before {
            parts
                .query
                .push((
                    "starting_before".to_string(),
                    super::runtime::param_string(value),
                ));
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
                style: super::pagination::Style::Cursor {
                    param: "starting_after",
                    field: "id",
                    next: None,
                },
                items: "data",
                size_param: Some("limit"),
                has_more: Some("has_more"),
                total_pages: None,
                total_count: None,
                default_size: Some(20u64),
            },
        )
    }
}

/// Request builder for [`Client::list_events`](super::client::Client::list_events): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListEventsRequest {
    client: super::client::Client,
    limit: Option<i64>,
    starting_after: Option<String>,
    starting_before: Option<String>,
}

impl ListEventsRequest {
    /// Sets `limit`.
    ///
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100 items. Defaults to 20.
    pub fn limit(mut self, limit: i64) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Sets `starting_after`.
    ///
    /// A cursor containing the ID of the object you wish to paginate after. If you have `obj_bar` you wish to paginate after, you can set the subsequent call with `starting_after=obj_bar`.
    pub fn starting_after(mut self, starting_after: impl Into<String>) -> Self {
        self.starting_after = Some(starting_after.into());
        self
    }

    /// Sets `starting_before`.
    ///
    /// A cursor containing the ID of the object you wish to paginate before. If you have `obj_bar` you wish to paginate before, you can set the subsequent call with `starting_after=obj_bar`.
    pub fn starting_before(mut self, starting_before: impl Into<String>) -> Self {
        self.starting_before = Some(starting_before.into());
        self
    }

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/events".to_string(),
            "list_events",
        );
        parts.security = &[&[super::auth::Scheme::BasicAuth]];
        if let Some(value) = &self.limit {
            parts.query.push(("limit".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.starting_after {
            parts
                .query
                .push((
                    "starting_after".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.starting_before {
            parts
                .query
                .push((
                    "starting_before".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListEventsResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListEventsResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<
        Item = Result<super::types::Event, super::error::Error>,
    > + Send + 'static {
        let parts = self.parts();
        super::pagination::paginate(
            self.client,
            parts,
            super::pagination::Config {
                style: super::pagination::Style::Cursor {
                    param: "starting_after",
                    field: "id",
                    next: None,
                },
                items: "data",
                size_param: Some("limit"),
                has_more: Some("has_more"),
                total_pages: None,
                total_count: None,
                default_size: Some(20u64),
            },
        )
    }
}

/// Request builder for [`Client::list_invoices`](super::client::Client::list_invoices): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListInvoicesRequest {
    client: super::client::Client,
    limit: Option<i64>,
    starting_after: Option<String>,
    starting_before: Option<String>,
}

impl ListInvoicesRequest {
    /// Sets `limit`.
    ///
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100 items. Defaults to 20.
    pub fn limit(mut self, limit: i64) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Sets `starting_after`.
    ///
    /// A cursor containing the ID of the object you wish to paginate after. If you have `obj_bar` you wish to paginate after, you can set the subsequent call with `starting_after=obj_bar`.
    pub fn starting_after(mut self, starting_after: impl Into<String>) -> Self {
        self.starting_after = Some(starting_after.into());
        self
    }

    /// Sets `starting_before`.
    ///
    /// A cursor containing the ID of the object you wish to paginate before. If you have `obj_bar` you wish to paginate before, you can set the subsequent call with `starting_after=obj_bar`.
    pub fn starting_before(mut self, starting_before: impl Into<String>) -> Self {
        self.starting_before = Some(starting_before.into());
        self
    }

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/invoices".to_string(),
            "list_invoices",
        );
        parts.security = &[&[super::auth::Scheme::BasicAuth]];
        if let Some(value) = &self.limit {
            parts.query.push(("limit".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.starting_after {
            parts
                .query
                .push((
                    "starting_after".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.starting_before {
            parts
                .query
                .push((
                    "starting_before".to_string(),
                    super::runtime::param_string(value),
                ));
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
                style: super::pagination::Style::Cursor {
                    param: "starting_after",
                    field: "id",
                    next: None,
                },
                items: "data",
                size_param: Some("limit"),
                has_more: None,
                total_pages: None,
                total_count: None,
                default_size: Some(20u64),
            },
        )
    }
}

/// Request builder for [`Client::list_subscriptions`](super::client::Client::list_subscriptions): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListSubscriptionsRequest {
    client: super::client::Client,
    limit: Option<i64>,
    starting_after: Option<String>,
    starting_before: Option<String>,
}

impl ListSubscriptionsRequest {
    /// Sets `limit`.
    ///
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100 items. Defaults to 20.
    pub fn limit(mut self, limit: i64) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Sets `starting_after`.
    ///
    /// A cursor containing the ID of the object you wish to paginate after. If you have `obj_bar` you wish to paginate after, you can set the subsequent call with `starting_after=obj_bar`.
    pub fn starting_after(mut self, starting_after: impl Into<String>) -> Self {
        self.starting_after = Some(starting_after.into());
        self
    }

    /// Sets `starting_before`.
    ///
    /// A cursor containing the ID of the object you wish to paginate before. If you have `obj_bar` you wish to paginate before, you can set the subsequent call with `starting_after=obj_bar`.
    pub fn starting_before(mut self, starting_before: impl Into<String>) -> Self {
        self.starting_before = Some(starting_before.into());
        self
    }

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/subscriptions".to_string(),
            "list_subscriptions",
        );
        parts.security = &[&[super::auth::Scheme::BasicAuth]];
        if let Some(value) = &self.limit {
            parts.query.push(("limit".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.starting_after {
            parts
                .query
                .push((
                    "starting_after".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.starting_before {
            parts
                .query
                .push((
                    "starting_before".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListSubscriptionsResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListSubscriptionsResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<
        Item = Result<super::types::Subscription, super::error::Error>,
    > + Send + 'static {
        let parts = self.parts();
        super::pagination::paginate(
            self.client,
            parts,
            super::pagination::Config {
                style: super::pagination::Style::Cursor {
                    param: "starting_after",
                    field: "id",
                    next: None,
                },
                items: "data",
                size_param: Some("limit"),
                has_more: None,
                total_pages: None,
                total_count: None,
                default_size: Some(20u64),
            },
        )
    }
}

/// Request builder for [`Client::list_webhooks`](super::client::Client::list_webhooks): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListWebhooksRequest {
    client: super::client::Client,
    limit: Option<i64>,
    starting_after: Option<String>,
    starting_before: Option<String>,
}

impl ListWebhooksRequest {
    /// Sets `limit`.
    ///
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100 items. Defaults to 20.
    pub fn limit(mut self, limit: i64) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Sets `starting_after`.
    ///
    /// A cursor containing the ID of the object you wish to paginate after. If you have `obj_bar` you wish to paginate after, you can set the subsequent call with `starting_after=obj_bar`.
    pub fn starting_after(mut self, starting_after: impl Into<String>) -> Self {
        self.starting_after = Some(starting_after.into());
        self
    }

    /// Sets `starting_before`.
    ///
    /// A cursor containing the ID of the object you wish to paginate before. If you have `obj_bar` you wish to paginate before, you can set the subsequent call with `starting_after=obj_bar`.
    pub fn starting_before(mut self, starting_before: impl Into<String>) -> Self {
        self.starting_before = Some(starting_before.into());
        self
    }

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/webhooks".to_string(),
            "list_webhooks",
        );
        parts.security = &[&[super::auth::Scheme::BasicAuth]];
        if let Some(value) = &self.limit {
            parts.query.push(("limit".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.starting_after {
            parts
                .query
                .push((
                    "starting_after".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.starting_before {
            parts
                .query
                .push((
                    "starting_before".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListWebhooksResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListWebhooksResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<
        Item = Result<super::types::Webhook, super::error::Error>,
    > + Send + 'static {
        let parts = self.parts();
        super::pagination::paginate(
            self.client,
            parts,
            super::pagination::Config {
                style: super::pagination::Style::Cursor {
                    param: "starting_after",
                    field: "id",
                    next: None,
                },
                items: "data",
                size_param: Some("limit"),
                has_more: None,
                total_pages: None,
                total_count: None,
                default_size: Some(20u64),
            },
        )
    }
}

/// Request builder for [`Client::list_spaces`](super::client::Client::list_spaces): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListSpacesRequest {
    client: super::client::Client,
    limit: Option<i64>,
    starting_after: Option<String>,
    starting_before: Option<String>,
}

impl ListSpacesRequest {
    /// Sets `limit`.
    ///
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100 items. Defaults to 20.
    pub fn limit(mut self, limit: i64) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Sets `starting_after`.
    ///
    /// A cursor containing the ID of the object you wish to paginate after. If you have `obj_bar` you wish to paginate after, you can set the subsequent call with `starting_after=obj_bar`.
    pub fn starting_after(mut self, starting_after: impl Into<String>) -> Self {
        self.starting_after = Some(starting_after.into());
        self
    }

    /// Sets `starting_before`.
    ///
    /// A cursor containing the ID of the object you wish to paginate before. If you have `obj_bar` you wish to paginate before, you can set the subsequent call with `starting_after=obj_bar`.
    pub fn starting_before(mut self, starting_before: impl Into<String>) -> Self {
        self.starting_before = Some(starting_before.into());
        self
    }

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/spaces".to_string(),
            "list_spaces",
        );
        parts.security = &[&[super::auth::Scheme::BasicAuth]];
        if let Some(value) = &self.limit {
            parts.query.push(("limit".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.starting_after {
            parts
                .query
                .push((
                    "starting_after".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.starting_before {
            parts
                .query
                .push((
                    "starting_before".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListSpacesResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListSpacesResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<
        Item = Result<super::types::Space, super::error::Error>,
    > + Send + 'static {
        let parts = self.parts();
        super::pagination::paginate(
            self.client,
            parts,
            super::pagination::Config {
                style: super::pagination::Style::Cursor {
                    param: "starting_after",
                    field: "id",
                    next: None,
                },
                items: "data",
                size_param: Some("limit"),
                has_more: Some("has_more"),
                total_pages: None,
                total_count: None,
                default_size: Some(20u64),
            },
        )
    }
}

/// Request builder for [`Client::list_resource_subscriptions`](super::client::Client::list_resource_subscriptions): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListResourceSubscriptionsRequest {
    client: super::client::Client,
    limit: Option<i64>,
    starting_after: Option<String>,
    starting_before: Option<String>,
}

impl ListResourceSubscriptionsRequest {
    /// Sets `limit`.
    ///
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100 items. Defaults to 20.
    pub fn limit(mut self, limit: i64) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Sets `starting_after`.
    ///
    /// A cursor containing the ID of the object you wish to paginate after. If you have `obj_bar` you wish to paginate after, you can set the subsequent call with `starting_after=obj_bar`.
    pub fn starting_after(mut self, starting_after: impl Into<String>) -> Self {
        self.starting_after = Some(starting_after.into());
        self
    }

    /// Sets `starting_before`.
    ///
    /// A cursor containing the ID of the object you wish to paginate before. If you have `obj_bar` you wish to paginate before, you can set the subsequent call with `starting_after=obj_bar`.
    pub fn starting_before(mut self, starting_before: impl Into<String>) -> Self {
        self.starting_before = Some(starting_before.into());
        self
    }

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/resource_subscriptions".to_string(),
            "list_resource_subscriptions",
        );
        parts.security = &[&[super::auth::Scheme::BasicAuth]];
        if let Some(value) = &self.limit {
            parts.query.push(("limit".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.starting_after {
            parts
                .query
                .push((
                    "starting_after".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        if let Some(value) = &self.starting_before {
            parts
                .query
                .push((
                    "starting_before".to_string(),
                    super::runtime::param_string(value),
                ));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListResourceSubscriptionsResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListResourceSubscriptionsResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<
        Item = Result<super::types::ResourceSubscription, super::error::Error>,
    > + Send + 'static {
        let parts = self.parts();
        super::pagination::paginate(
            self.client,
            parts,
            super::pagination::Config {
                style: super::pagination::Style::Cursor {
                    param: "starting_after",
                    field: "id",
                    next: None,
                },
                items: "data",
                size_param: Some("limit"),
                has_more: Some("has_more"),
                total_pages: None,
                total_count: None,
                default_size: Some(20u64),
            },
        )
    }
}
