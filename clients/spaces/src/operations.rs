//! One method per API operation, and request builders for operations with optional parameters.

use super::client::Client;
use super::error::Error;
use super::response::ResponseValue;
use super::runtime::RequestParts;
use super::pagination;
use super::types;

impl Client {
    /// Retreive the account
    ///
    /// Returns the current authenticated user account.
    ///
    /// `GET /account` (source: `sections/account.md:38`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 404, 500.
    pub async fn get_account(&self) -> Result<types::Account, Error> {
        self.get_account_with_response().await.map(ResponseValue::into_inner)
    }

    /// [`Client::get_account`] with the response's status and headers.
    pub async fn get_account_with_response(
        &self,
    ) -> Result<ResponseValue<types::Account>, Error> {
        let parts = RequestParts::get("/account", "get_account");
        self.send_json_with_response(parts).await
    }

    /// List all captured emails
    ///
    /// Returns a list of all captured emails.
    ///
    /// `GET /captured_emails` (source: `sections/captured_email.md:41`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 404, 500.
    pub fn list_captured_emails(&self) -> ListCapturedEmailsRequest {
        ListCapturedEmailsRequest {
            client: self.clone(),
            limit: None,
            starting_after: None,
            starting_before: None,
        }
    }

    /// Every item of [`Client::list_captured_emails`], page after page, fetched lazily.
    pub fn list_captured_emails_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<types::CapturedEmail, Error>,
    > + Send + 'static {
        self.list_captured_emails().stream()
    }

    /// Retreive a customer
    ///
    /// Returns a specified customer. The customer id is unique among all Spaces for a user.
    ///
    /// `GET /customers/{customer_token}` (source: `sections/customer.md:45`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 404, 500.
    pub async fn get_customer(
        &self,
        customer_token: impl Into<String>,
    ) -> Result<types::Customer, Error> {
        self.get_customer_with_response(customer_token)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::get_customer`] with the response's status and headers.
    pub async fn get_customer_with_response(
        &self,
        customer_token: impl Into<String>,
    ) -> Result<ResponseValue<types::Customer>, Error> {
        let customer_token: String = customer_token.into();
        let mut parts = RequestParts::get("/customers/{customer_token}", "get_customer");
        parts.path_param("customer_token", &customer_token)?;
        self.send_json_with_response(parts).await
    }

    /// List all customers
    ///
    /// Returns a list of all customers.
    ///
    /// `GET /customers` (source: `sections/customer.md:72`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 404, 500.
    pub fn list_customers(&self) -> ListCustomersRequest {
        ListCustomersRequest {
            client: self.clone(),
            limit: None,
            starting_after: None,
            starting_before: None,
        }
    }

    /// Every item of [`Client::list_customers`], page after page, fetched lazily.
    pub fn list_customers_stream(
        &self,
    ) -> impl futures::Stream<Item = Result<types::Customer, Error>> + Send + 'static {
        self.list_customers().stream()
    }

    /// List all events
    ///
    /// Returns a list of all events.
    ///
    /// `GET /events` (source: `sections/event.md:56`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 404, 500.
    pub fn list_events(&self) -> ListEventsRequest {
        ListEventsRequest {
            client: self.clone(),
            limit: None,
            starting_after: None,
            starting_before: None,
        }
    }

    /// Every item of [`Client::list_events`], page after page, fetched lazily.
    pub fn list_events_stream(
        &self,
    ) -> impl futures::Stream<Item = Result<types::Event, Error>> + Send + 'static {
        self.list_events().stream()
    }

    /// Retrieve an invoice
    ///
    /// Returns a specified invoice. The invoice id is unique among all Spaces for a user.
    ///
    /// `GET /invoices/{invoice_token}` (source: `sections/invoice.md:103`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 404, 500.
    pub async fn get_invoice(
        &self,
        invoice_token: impl Into<String>,
    ) -> Result<types::GetInvoiceResponse, Error> {
        self.get_invoice_with_response(invoice_token)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::get_invoice`] with the response's status and headers.
    pub async fn get_invoice_with_response(
        &self,
        invoice_token: impl Into<String>,
    ) -> Result<ResponseValue<types::GetInvoiceResponse>, Error> {
        let invoice_token: String = invoice_token.into();
        let mut parts = RequestParts::get("/invoices/{invoice_token}", "get_invoice");
        parts.path_param("invoice_token", &invoice_token)?;
        self.send_json_with_response(parts).await
    }

    /// List all invoices
    ///
    /// Returns a list of all invoices.
    ///
    /// `GET /invoices` (source: `sections/invoice.md:180`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 404, 500.
    pub fn list_invoices(&self) -> ListInvoicesRequest {
        ListInvoicesRequest {
            client: self.clone(),
            limit: None,
            starting_after: None,
            starting_before: None,
        }
    }

    /// Every item of [`Client::list_invoices`], page after page, fetched lazily.
    pub fn list_invoices_stream(
        &self,
    ) -> impl futures::Stream<Item = Result<types::Invoice, Error>> + Send + 'static {
        self.list_invoices().stream()
    }

    /// Retrieve a subscription
    ///
    /// To retrieve a specific subscription resource, you need to use the Customer resource for the subscription in the URI.
    ///
    /// `GET /customers/{customer_token}/subscriptions/{subscription_token}` (source: `sections/subscription.md:80`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 404, 500.
    pub async fn get_customer_subscription(
        &self,
        customer_token: impl Into<String>,
        subscription_token: impl Into<String>,
    ) -> Result<types::GetCustomerSubscriptionResponse, Error> {
        self.get_customer_subscription_with_response(customer_token, subscription_token)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::get_customer_subscription`] with the response's status and headers.
    pub async fn get_customer_subscription_with_response(
        &self,
        customer_token: impl Into<String>,
        subscription_token: impl Into<String>,
    ) -> Result<ResponseValue<types::GetCustomerSubscriptionResponse>, Error> {
        let customer_token: String = customer_token.into();
        let subscription_token: String = subscription_token.into();
        let mut parts = RequestParts::get(
            "/customers/{customer_token}/subscriptions/{subscription_token}",
            "get_customer_subscription",
        );
        parts.path_param("customer_token", &customer_token)?;
        parts.path_param("subscription_token", &subscription_token)?;
        self.send_json_with_response(parts).await
    }

    /// List all subscriptions
    ///
    /// Returns a list of all subscriptions.
    ///
    /// `GET /subscriptions` (source: `sections/subscription.md:139`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 404, 500.
    pub fn list_subscriptions(&self) -> ListSubscriptionsRequest {
        ListSubscriptionsRequest {
            client: self.clone(),
            limit: None,
            starting_after: None,
            starting_before: None,
        }
    }

    /// Every item of [`Client::list_subscriptions`], page after page, fetched lazily.
    pub fn list_subscriptions_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<types::Subscription, Error>,
    > + Send + 'static {
        self.list_subscriptions().stream()
    }

    /// List all webhooks
    ///
    /// Returns a list of all webhooks.
    ///
    /// `GET /webhooks` (source: `sections/webhook.md:50`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 404, 500.
    pub fn list_webhooks(&self) -> ListWebhooksRequest {
        ListWebhooksRequest {
            client: self.clone(),
            limit: None,
            starting_after: None,
            starting_before: None,
        }
    }

    /// Every item of [`Client::list_webhooks`], page after page, fetched lazily.
    pub fn list_webhooks_stream(
        &self,
    ) -> impl futures::Stream<Item = Result<types::Webhook, Error>> + Send + 'static {
        self.list_webhooks().stream()
    }

    /// Retrieve a Space
    ///
    /// Returns a specified Space.
    ///
    /// `GET /spaces/{space_id}` (source: `sections/space.md:36`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 404, 500.
    pub async fn get_space(
        &self,
        space_id: impl Into<String>,
    ) -> Result<types::Space, Error> {
        self.get_space_with_response(space_id).await.map(ResponseValue::into_inner)
    }

    /// [`Client::get_space`] with the response's status and headers.
    pub async fn get_space_with_response(
        &self,
        space_id: impl Into<String>,
    ) -> Result<ResponseValue<types::Space>, Error> {
        let space_id: String = space_id.into();
        let mut parts = RequestParts::get("/spaces/{space_id}", "get_space");
        parts.path_param("space_id", &space_id)?;
        self.send_json_with_response(parts).await
    }

    /// List all Spaces
    ///
    /// Returns a list of all Spaces.
    ///
    /// `GET /spaces` (source: `sections/space.md:56`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 404, 500.
    pub fn list_spaces(&self) -> ListSpacesRequest {
        ListSpacesRequest {
            client: self.clone(),
            limit: None,
            starting_after: None,
            starting_before: None,
        }
    }

    /// Every item of [`Client::list_spaces`], page after page, fetched lazily.
    pub fn list_spaces_stream(
        &self,
    ) -> impl futures::Stream<Item = Result<types::Space, Error>> + Send + 'static {
        self.list_spaces().stream()
    }

    /// List all resource subscriptions
    ///
    /// Returns a list of all resource subscriptions.
    ///
    /// `GET /resource_subscriptions` (source: `sections/resource_subscription.md:60`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 404, 500.
    pub fn list_resource_subscriptions(&self) -> ListResourceSubscriptionsRequest {
        ListResourceSubscriptionsRequest {
            client: self.clone(),
            limit: None,
            starting_after: None,
            starting_before: None,
        }
    }

    /// Every item of [`Client::list_resource_subscriptions`], page after page, fetched lazily.
    pub fn list_resource_subscriptions_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<types::ResourceSubscription, Error>,
    > + Send + 'static {
        self.list_resource_subscriptions().stream()
    }

    /// Example request create
    ///
    /// `POST /resource_subscriptions` (source: `sections/resource_subscription.md:45`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error; the docs name HTTP 400, 401, 404, 500.
    pub async fn create_resource_subscription(
        &self,
        body: types::CreateResourceSubscriptionRequest,
    ) -> Result<(), Error> {
        self.create_resource_subscription_with_response(body)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::create_resource_subscription`] with the response's status and headers.
    pub async fn create_resource_subscription_with_response(
        &self,
        body: types::CreateResourceSubscriptionRequest,
    ) -> Result<ResponseValue<()>, Error> {
        let mut parts = RequestParts::post(
            "/resource_subscriptions",
            "create_resource_subscription",
        );
        parts.form_body(&body)?;
        self.send_unit_with_response(parts).await
    }
}

/// Request builder for [`Client::list_captured_emails`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListCapturedEmailsRequest {
    client: Client,
    limit: Option<i64>,
    starting_after: Option<String>,
    starting_before: Option<String>,
}

impl ListCapturedEmailsRequest {
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100 items. Defaults to 20.
    pub fn limit(mut self, limit: i64) -> Self {
        self.limit = Some(limit);
        self
    }

    /// A cursor containing the ID of the object you wish to paginate after. If you have `obj_bar` you wish to paginate after, you can set the subsequent call with `starting_after=obj_bar`.
    pub fn starting_after(mut self, starting_after: impl Into<String>) -> Self {
        self.starting_after = Some(starting_after.into());
        self
    }

    /// A cursor containing the ID of the object you wish to paginate before. If you have `obj_bar` you wish to paginate before, you can set the subsequent call with `starting_after=obj_bar`.
    pub fn starting_before(mut self, starting_before: impl Into<String>) -> Self {
        self.starting_before = Some(starting_before.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/captured_emails", "list_captured_emails");
        parts.add_query("limit", self.limit.as_ref());
        parts.add_query("starting_after", self.starting_after.as_ref());
        parts.add_query("starting_before", self.starting_before.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListCapturedEmailsResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListCapturedEmailsResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<
        Item = Result<types::CapturedEmail, Error>,
    > + Send + 'static {
        let parts = self.parts();
        pagination::paginate(
            self.client,
            parts,
            pagination::Config {
                style: pagination::Style::Cursor {
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

/// Request builder for [`Client::list_customers`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListCustomersRequest {
    client: Client,
    limit: Option<i64>,
    starting_after: Option<String>,
    starting_before: Option<String>,
}

impl ListCustomersRequest {
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100 items. Defaults to 20.
    pub fn limit(mut self, limit: i64) -> Self {
        self.limit = Some(limit);
        self
    }

    /// A cursor containing the ID of the object you wish to paginate after. If you have `obj_bar` you wish to paginate after, you can set the subsequent call with `starting_after=obj_bar`.
    pub fn starting_after(mut self, starting_after: impl Into<String>) -> Self {
        self.starting_after = Some(starting_after.into());
        self
    }

    /// A cursor containing the ID of the object you wish to paginate before. If you have `obj_bar` you wish to paginate before, you can set the subsequent call with `starting_after=obj_bar`.
    pub fn starting_before(mut self, starting_before: impl Into<String>) -> Self {
        self.starting_before = Some(starting_before.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/customers", "list_customers");
        parts.add_query("limit", self.limit.as_ref());
        parts.add_query("starting_after", self.starting_after.as_ref());
        parts.add_query("starting_before", self.starting_before.as_ref());
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
                style: pagination::Style::Cursor {
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

/// Request builder for [`Client::list_events`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListEventsRequest {
    client: Client,
    limit: Option<i64>,
    starting_after: Option<String>,
    starting_before: Option<String>,
}

impl ListEventsRequest {
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100 items. Defaults to 20.
    pub fn limit(mut self, limit: i64) -> Self {
        self.limit = Some(limit);
        self
    }

    /// A cursor containing the ID of the object you wish to paginate after. If you have `obj_bar` you wish to paginate after, you can set the subsequent call with `starting_after=obj_bar`.
    pub fn starting_after(mut self, starting_after: impl Into<String>) -> Self {
        self.starting_after = Some(starting_after.into());
        self
    }

    /// A cursor containing the ID of the object you wish to paginate before. If you have `obj_bar` you wish to paginate before, you can set the subsequent call with `starting_after=obj_bar`.
    pub fn starting_before(mut self, starting_before: impl Into<String>) -> Self {
        self.starting_before = Some(starting_before.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/events", "list_events");
        parts.add_query("limit", self.limit.as_ref());
        parts.add_query("starting_after", self.starting_after.as_ref());
        parts.add_query("starting_before", self.starting_before.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListEventsResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListEventsResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<Item = Result<types::Event, Error>> + Send + 'static {
        let parts = self.parts();
        pagination::paginate(
            self.client,
            parts,
            pagination::Config {
                style: pagination::Style::Cursor {
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

/// Request builder for [`Client::list_invoices`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListInvoicesRequest {
    client: Client,
    limit: Option<i64>,
    starting_after: Option<String>,
    starting_before: Option<String>,
}

impl ListInvoicesRequest {
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100 items. Defaults to 20.
    pub fn limit(mut self, limit: i64) -> Self {
        self.limit = Some(limit);
        self
    }

    /// A cursor containing the ID of the object you wish to paginate after. If you have `obj_bar` you wish to paginate after, you can set the subsequent call with `starting_after=obj_bar`.
    pub fn starting_after(mut self, starting_after: impl Into<String>) -> Self {
        self.starting_after = Some(starting_after.into());
        self
    }

    /// A cursor containing the ID of the object you wish to paginate before. If you have `obj_bar` you wish to paginate before, you can set the subsequent call with `starting_after=obj_bar`.
    pub fn starting_before(mut self, starting_before: impl Into<String>) -> Self {
        self.starting_before = Some(starting_before.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/invoices", "list_invoices");
        parts.add_query("limit", self.limit.as_ref());
        parts.add_query("starting_after", self.starting_after.as_ref());
        parts.add_query("starting_before", self.starting_before.as_ref());
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
                style: pagination::Style::Cursor {
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

/// Request builder for [`Client::list_subscriptions`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListSubscriptionsRequest {
    client: Client,
    limit: Option<i64>,
    starting_after: Option<String>,
    starting_before: Option<String>,
}

impl ListSubscriptionsRequest {
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100 items. Defaults to 20.
    pub fn limit(mut self, limit: i64) -> Self {
        self.limit = Some(limit);
        self
    }

    /// A cursor containing the ID of the object you wish to paginate after. If you have `obj_bar` you wish to paginate after, you can set the subsequent call with `starting_after=obj_bar`.
    pub fn starting_after(mut self, starting_after: impl Into<String>) -> Self {
        self.starting_after = Some(starting_after.into());
        self
    }

    /// A cursor containing the ID of the object you wish to paginate before. If you have `obj_bar` you wish to paginate before, you can set the subsequent call with `starting_after=obj_bar`.
    pub fn starting_before(mut self, starting_before: impl Into<String>) -> Self {
        self.starting_before = Some(starting_before.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/subscriptions", "list_subscriptions");
        parts.add_query("limit", self.limit.as_ref());
        parts.add_query("starting_after", self.starting_after.as_ref());
        parts.add_query("starting_before", self.starting_before.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListSubscriptionsResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListSubscriptionsResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<
        Item = Result<types::Subscription, Error>,
    > + Send + 'static {
        let parts = self.parts();
        pagination::paginate(
            self.client,
            parts,
            pagination::Config {
                style: pagination::Style::Cursor {
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

/// Request builder for [`Client::list_webhooks`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListWebhooksRequest {
    client: Client,
    limit: Option<i64>,
    starting_after: Option<String>,
    starting_before: Option<String>,
}

impl ListWebhooksRequest {
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100 items. Defaults to 20.
    pub fn limit(mut self, limit: i64) -> Self {
        self.limit = Some(limit);
        self
    }

    /// A cursor containing the ID of the object you wish to paginate after. If you have `obj_bar` you wish to paginate after, you can set the subsequent call with `starting_after=obj_bar`.
    pub fn starting_after(mut self, starting_after: impl Into<String>) -> Self {
        self.starting_after = Some(starting_after.into());
        self
    }

    /// A cursor containing the ID of the object you wish to paginate before. If you have `obj_bar` you wish to paginate before, you can set the subsequent call with `starting_after=obj_bar`.
    pub fn starting_before(mut self, starting_before: impl Into<String>) -> Self {
        self.starting_before = Some(starting_before.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/webhooks", "list_webhooks");
        parts.add_query("limit", self.limit.as_ref());
        parts.add_query("starting_after", self.starting_after.as_ref());
        parts.add_query("starting_before", self.starting_before.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListWebhooksResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListWebhooksResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<Item = Result<types::Webhook, Error>> + Send + 'static {
        let parts = self.parts();
        pagination::paginate(
            self.client,
            parts,
            pagination::Config {
                style: pagination::Style::Cursor {
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

/// Request builder for [`Client::list_spaces`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListSpacesRequest {
    client: Client,
    limit: Option<i64>,
    starting_after: Option<String>,
    starting_before: Option<String>,
}

impl ListSpacesRequest {
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100 items. Defaults to 20.
    pub fn limit(mut self, limit: i64) -> Self {
        self.limit = Some(limit);
        self
    }

    /// A cursor containing the ID of the object you wish to paginate after. If you have `obj_bar` you wish to paginate after, you can set the subsequent call with `starting_after=obj_bar`.
    pub fn starting_after(mut self, starting_after: impl Into<String>) -> Self {
        self.starting_after = Some(starting_after.into());
        self
    }

    /// A cursor containing the ID of the object you wish to paginate before. If you have `obj_bar` you wish to paginate before, you can set the subsequent call with `starting_after=obj_bar`.
    pub fn starting_before(mut self, starting_before: impl Into<String>) -> Self {
        self.starting_before = Some(starting_before.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/spaces", "list_spaces");
        parts.add_query("limit", self.limit.as_ref());
        parts.add_query("starting_after", self.starting_after.as_ref());
        parts.add_query("starting_before", self.starting_before.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListSpacesResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListSpacesResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<Item = Result<types::Space, Error>> + Send + 'static {
        let parts = self.parts();
        pagination::paginate(
            self.client,
            parts,
            pagination::Config {
                style: pagination::Style::Cursor {
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

/// Request builder for [`Client::list_resource_subscriptions`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListResourceSubscriptionsRequest {
    client: Client,
    limit: Option<i64>,
    starting_after: Option<String>,
    starting_before: Option<String>,
}

impl ListResourceSubscriptionsRequest {
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100 items. Defaults to 20.
    pub fn limit(mut self, limit: i64) -> Self {
        self.limit = Some(limit);
        self
    }

    /// A cursor containing the ID of the object you wish to paginate after. If you have `obj_bar` you wish to paginate after, you can set the subsequent call with `starting_after=obj_bar`.
    pub fn starting_after(mut self, starting_after: impl Into<String>) -> Self {
        self.starting_after = Some(starting_after.into());
        self
    }

    /// A cursor containing the ID of the object you wish to paginate before. If you have `obj_bar` you wish to paginate before, you can set the subsequent call with `starting_after=obj_bar`.
    pub fn starting_before(mut self, starting_before: impl Into<String>) -> Self {
        self.starting_before = Some(starting_before.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get(
            "/resource_subscriptions",
            "list_resource_subscriptions",
        );
        parts.add_query("limit", self.limit.as_ref());
        parts.add_query("starting_after", self.starting_after.as_ref());
        parts.add_query("starting_before", self.starting_before.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListResourceSubscriptionsResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListResourceSubscriptionsResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<
        Item = Result<types::ResourceSubscription, Error>,
    > + Send + 'static {
        let parts = self.parts();
        pagination::paginate(
            self.client,
            parts,
            pagination::Config {
                style: pagination::Style::Cursor {
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
