//! One method per API operation, and request builders for operations with optional parameters.

impl super::client::Client {
    /// List all customers
    ///
    /// This endpoint retrieves all customers and can paginated
    ///
    /// The `meta` object contains metadata about the complete collection (not affected by pagination)
    ///
    /// `GET /customers`
    ///
    /// Source: `source/includes/_customers.md:121`
    ///
    /// Returns a [`ListCustomersRequest`]: set optional parameters on it, then call `.send().await`.
    pub fn list_customers(&self) -> ListCustomersRequest {
        ListCustomersRequest {
            client: self.clone(),
            page: None,
            per: None,
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

    /// Create a new customer
    ///
    /// Creates a new customer with the provided properties
    ///
    /// `name`
    ///
    /// `POST /customers`
    ///
    /// Source: `source/includes/_customers.md:208`
    pub async fn create_customer(
        &self,
        body: super::types::CreateCustomerRequest,
    ) -> Result<super::types::CreateCustomerResponse, super::error::Error> {
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
        super::response::ResponseValue<super::types::CreateCustomerResponse>,
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

    /// Get a single customer
    ///
    /// This endpoint will retrieve a single customer by id or number
    ///
    /// `GET /customers/{id}`
    ///
    /// Source: `source/includes/_customers.md:248`
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

    /// Update customer
    ///
    /// Update the details of a customer
    ///
    /// `PUT /customers/{id}`
    ///
    /// Source: `source/includes/_customers.md:291`
    pub async fn update_customer(
        &self,
        id: impl Into<String>,
        body: super::types::UpdateCustomerRequest,
    ) -> Result<super::types::UpdateCustomerResponse, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PUT,
            [
                "/customers/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "update_customer",
                    "id",
                )?,
            ]
                .concat(),
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
        id: impl Into<String>,
        body: super::types::UpdateCustomerRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::UpdateCustomerResponse>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PUT,
            [
                "/customers/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "update_customer",
                    "id",
                )?,
            ]
                .concat(),
            "update_customer",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Update customer
    ///
    /// Update the details of a customer
    ///
    /// `PATCH /customers/{id}`
    ///
    /// Source: `source/includes/_customers.md:292`
    pub async fn update_customer_patch(
        &self,
        id: impl Into<String>,
        body: super::types::UpdateCustomerPatchRequest,
    ) -> Result<super::types::UpdateCustomerPatchResponse, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PATCH,
            [
                "/customers/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "update_customer_patch",
                    "id",
                )?,
            ]
                .concat(),
            "update_customer_patch",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::update_customer_patch`](super::client::Client::update_customer_patch) with the response's status and headers.
    pub async fn update_customer_patch_with_response(
        &self,
        id: impl Into<String>,
        body: super::types::UpdateCustomerPatchRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::UpdateCustomerPatchResponse>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PATCH,
            [
                "/customers/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "update_customer_patch",
                    "id",
                )?,
            ]
                .concat(),
            "update_customer_patch",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Archive customer
    ///
    /// Archives a customer hiding it from searches, getting this customer by id will still find it, and it can still be updated
    ///
    /// `DELETE /customers/{id}/archive`
    ///
    /// Source: `source/includes/_customers.md:324`
    pub async fn archive_customer(
        &self,
        id: impl Into<String>,
    ) -> Result<super::types::ArchiveCustomerResponse, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::DELETE,
            [
                "/customers/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "archive_customer",
                    "id",
                )?,
                "/archive",
            ]
                .concat(),
            "archive_customer",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::archive_customer`](super::client::Client::archive_customer) with the response's status and headers.
    pub async fn archive_customer_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::ArchiveCustomerResponse>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::DELETE,
            [
                "/customers/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "archive_customer",
                    "id",
                )?,
                "/archive",
            ]
                .concat(),
            "archive_customer",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Restore customer
    ///
    /// Restores an archived customer
    ///
    /// `POST /customers/{id}/restore`
    ///
    /// Source: `source/includes/_customers.md:352`
    pub async fn restore_customer(
        &self,
        id: impl Into<String>,
    ) -> Result<super::types::RestoreCustomerResponse, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            [
                "/customers/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "restore_customer",
                    "id",
                )?,
                "/restore",
            ]
                .concat(),
            "restore_customer",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::restore_customer`](super::client::Client::restore_customer) with the response's status and headers.
    pub async fn restore_customer_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::RestoreCustomerResponse>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            [
                "/customers/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "restore_customer",
                    "id",
                )?,
                "/restore",
            ]
                .concat(),
            "restore_customer",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// List all product groups
    ///
    /// This endpoint retrieves all product groups and can paginated
    ///
    /// The meta object contains metadata about the complete collection (not affected by pagination)
    ///
    /// `GET /product_groups`
    ///
    /// Source: `source/includes/_products.md:148`
    ///
    /// Returns a [`ListProductGroupsRequest`]: set optional parameters on it, then call `.send().await`.
    pub fn list_product_groups(&self) -> ListProductGroupsRequest {
        ListProductGroupsRequest {
            client: self.clone(),
            page: None,
            per: None,
        }
    }

    /// Every item of [`Client::list_product_groups`](super::client::Client::list_product_groups), page after page, fetched lazily.
    ///
    /// Shorthand for `client.list_product_groups(..).stream()` with no optional parameter set.
    #[allow(deprecated, reason = "the operation is deprecated; so is its stream")]
    pub fn list_product_groups_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<super::types::ProductGroup, super::error::Error>,
    > + Send + 'static {
        self.list_product_groups().stream()
    }

    /// Create a new product group
    ///
    /// Creates a new product group with the provided properties
    ///
    /// `POST /product_groups`
    ///
    /// Source: `source/includes/_products.md:233`
    pub async fn create_product_group(
        &self,
        body: super::types::CreateProductGroupRequest,
    ) -> Result<super::types::CreateProductGroupResponse, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            "/product_groups".to_string(),
            "create_product_group",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::create_product_group`](super::client::Client::create_product_group) with the response's status and headers.
    pub async fn create_product_group_with_response(
        &self,
        body: super::types::CreateProductGroupRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::CreateProductGroupResponse>,
        super::error::Error,
    > {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            "/product_groups".to_string(),
            "create_product_group",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Get a single product group
    ///
    /// This endpoint will retrieve a single product group by id
    ///
    /// `GET /product_groups/{id}`
    ///
    /// Source: `source/includes/_products.md:292`
    pub async fn get_product_group(
        &self,
        id: impl Into<String>,
    ) -> Result<super::types::GetProductGroupResponse, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/product_groups/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_product_group",
                    "id",
                )?,
            ]
                .concat(),
            "get_product_group",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::get_product_group`](super::client::Client::get_product_group) with the response's status and headers.
    pub async fn get_product_group_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::GetProductGroupResponse>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/product_groups/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_product_group",
                    "id",
                )?,
            ]
                .concat(),
            "get_product_group",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Update product group
    ///
    /// Update the properties of a product group
    ///
    /// `PUT /product_groups/{id}`
    ///
    /// Source: `source/includes/_products.md:324`
    pub async fn update_product_group(
        &self,
        id: impl Into<String>,
        body: super::types::UpdateProductGroupRequest,
    ) -> Result<super::types::UpdateProductGroupResponse, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PUT,
            [
                "/product_groups/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "update_product_group",
                    "id",
                )?,
            ]
                .concat(),
            "update_product_group",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::update_product_group`](super::client::Client::update_product_group) with the response's status and headers.
    pub async fn update_product_group_with_response(
        &self,
        id: impl Into<String>,
        body: super::types::UpdateProductGroupRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::UpdateProductGroupResponse>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PUT,
            [
                "/product_groups/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "update_product_group",
                    "id",
                )?,
            ]
                .concat(),
            "update_product_group",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Update product group
    ///
    /// Update the properties of a product group
    ///
    /// `PATCH /product_groups/{id}`
    ///
    /// Source: `source/includes/_products.md:325`
    pub async fn update_product_group_patch(
        &self,
        id: impl Into<String>,
        body: super::types::UpdateProductGroupPatchRequest,
    ) -> Result<(), super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PATCH,
            [
                "/product_groups/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "update_product_group_patch",
                    "id",
                )?,
            ]
                .concat(),
            "update_product_group_patch",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_unit_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::update_product_group_patch`](super::client::Client::update_product_group_patch) with the response's status and headers.
    pub async fn update_product_group_patch_with_response(
        &self,
        id: impl Into<String>,
        body: super::types::UpdateProductGroupPatchRequest,
    ) -> Result<super::response::ResponseValue<()>, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PATCH,
            [
                "/product_groups/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "update_product_group_patch",
                    "id",
                )?,
            ]
                .concat(),
            "update_product_group_patch",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_unit_with_response(parts).await
    }

    /// Archive product group
    ///
    /// Archives a product group
    ///
    /// `DELETE /product_groups/{id}/archive`
    ///
    /// Source: `source/includes/_products.md:344`
    pub async fn archive_product_group(
        &self,
        id: impl Into<String>,
    ) -> Result<(), super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::DELETE,
            [
                "/product_groups/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "archive_product_group",
                    "id",
                )?,
                "/archive",
            ]
                .concat(),
            "archive_product_group",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_unit_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::archive_product_group`](super::client::Client::archive_product_group) with the response's status and headers.
    pub async fn archive_product_group_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<super::response::ResponseValue<()>, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::DELETE,
            [
                "/product_groups/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "archive_product_group",
                    "id",
                )?,
                "/archive",
            ]
                .concat(),
            "archive_product_group",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_unit_with_response(parts).await
    }

    /// Restore product group
    ///
    /// `POST /product_groups/{id}/restore`
    ///
    /// Source: `source/includes/_products.md:357`
    pub async fn restore_product_group(
        &self,
        id: impl Into<String>,
    ) -> Result<(), super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            [
                "/product_groups/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "restore_product_group",
                    "id",
                )?,
                "/restore",
            ]
                .concat(),
            "restore_product_group",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_unit_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::restore_product_group`](super::client::Client::restore_product_group) with the response's status and headers.
    pub async fn restore_product_group_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<super::response::ResponseValue<()>, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            [
                "/product_groups/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "restore_product_group",
                    "id",
                )?,
                "/restore",
            ]
                .concat(),
            "restore_product_group",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_unit_with_response(parts).await
    }

    /// Check availability
    ///
    /// Provides an availability overview of the specified product in the provided timeframe
    ///
    /// Required in bold
    ///
    /// `GET /products/{product_id}/availability`
    ///
    /// Source: `source/includes/_products.md:411`
    ///
    /// Returns a [`GetProductAvailabilityRequest`]: set optional parameters on it, then call `.send().await`.
    pub fn get_product_availability(
        &self,
        product_id: impl Into<String>,
    ) -> GetProductAvailabilityRequest {
        GetProductAvailabilityRequest {
            client: self.clone(),
            product_id: product_id.into(),
            from: None,
            till: None,
            interval: None,
        }
    }

    /// Show product pricing structures
    ///
    /// Allows you to get the pricing structure of the product
    ///
    /// `GET /products/{product_id}/prices`
    ///
    /// Source: `source/includes/_products.md:480`
    pub async fn list_product_prices(
        &self,
        product_id: impl Into<String>,
    ) -> Result<super::types::Price, super::error::Error> {
        let product_id: String = product_id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/products/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&product_id),
                    "list_product_prices",
                    "product_id",
                )?,
                "/prices",
            ]
                .concat(),
            "list_product_prices",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::list_product_prices`](super::client::Client::list_product_prices) with the response's status and headers.
    pub async fn list_product_prices_with_response(
        &self,
        product_id: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::Price>,
        super::error::Error,
    > {
        let product_id: String = product_id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/products/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&product_id),
                    "list_product_prices",
                    "product_id",
                )?,
                "/prices",
            ]
                .concat(),
            "list_product_prices",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// List all orders
    ///
    /// This endpoint retrieves all orders and can paginated
    ///
    /// The meta object contains metadata about the complete collection (not affected by pagination)
    ///
    /// `GET /orders`
    ///
    /// Source: `source/includes/_orders.md:152`
    ///
    /// Returns a [`ListOrdersRequest`]: set optional parameters on it, then call `.send().await`.
    pub fn list_orders(&self) -> ListOrdersRequest {
        ListOrdersRequest {
            client: self.clone(),
            page: None,
            per: None,
            q: None,
        }
    }

    /// Every item of [`Client::list_orders`](super::client::Client::list_orders), page after page, fetched lazily.
    ///
    /// Shorthand for `client.list_orders(..).stream()` with no optional parameter set.
    #[allow(deprecated, reason = "the operation is deprecated; so is its stream")]
    pub fn list_orders_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<super::types::Order, super::error::Error>,
    > + Send + 'static {
        self.list_orders().stream()
    }

    /// Create a new order
    ///
    /// Creates a new order with the provided details
    ///
    /// `POST /orders`
    ///
    /// Source: `source/includes/_orders.md:211`
    pub async fn create_order(
        &self,
        body: super::types::CreateOrderRequest,
    ) -> Result<super::types::CreateOrderResponse, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            "/orders".to_string(),
            "create_order",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::create_order`](super::client::Client::create_order) with the response's status and headers.
    pub async fn create_order_with_response(
        &self,
        body: super::types::CreateOrderRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::CreateOrderResponse>,
        super::error::Error,
    > {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            "/orders".to_string(),
            "create_order",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Get a single order
    ///
    /// This endpoint will retrieve a single order by id or number
    ///
    /// `GET /orders/{id}`
    ///
    /// Source: `source/includes/_orders.md:244`
    pub async fn get_order(
        &self,
        id: impl Into<String>,
    ) -> Result<super::types::GetOrderResponse, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_order",
                    "id",
                )?,
            ]
                .concat(),
            "get_order",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::get_order`](super::client::Client::get_order) with the response's status and headers.
    pub async fn get_order_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::GetOrderResponse>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_order",
                    "id",
                )?,
            ]
                .concat(),
            "get_order",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Update order
    ///
    /// `PUT /orders/{id}`
    ///
    /// Source: `source/includes/_orders.md:274`
    pub async fn update_order(
        &self,
        id: impl Into<String>,
        body: super::types::UpdateOrderRequest,
    ) -> Result<super::types::UpdateOrderResponse, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PUT,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "update_order",
                    "id",
                )?,
            ]
                .concat(),
            "update_order",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::update_order`](super::client::Client::update_order) with the response's status and headers.
    pub async fn update_order_with_response(
        &self,
        id: impl Into<String>,
        body: super::types::UpdateOrderRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::UpdateOrderResponse>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PUT,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "update_order",
                    "id",
                )?,
            ]
                .concat(),
            "update_order",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Update order
    ///
    /// `PATCH /orders/{id}`
    ///
    /// Source: `source/includes/_orders.md:275`
    pub async fn update_order_patch(
        &self,
        id: impl Into<String>,
        body: super::types::UpdateOrderPatchRequest,
    ) -> Result<(), super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PATCH,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "update_order_patch",
                    "id",
                )?,
            ]
                .concat(),
            "update_order_patch",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_unit_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::update_order_patch`](super::client::Client::update_order_patch) with the response's status and headers.
    pub async fn update_order_patch_with_response(
        &self,
        id: impl Into<String>,
        body: super::types::UpdateOrderPatchRequest,
    ) -> Result<super::response::ResponseValue<()>, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PATCH,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "update_order_patch",
                    "id",
                )?,
            ]
                .concat(),
            "update_order_patch",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_unit_with_response(parts).await
    }

    /// Book order's items
    ///
    /// Reserves given items for the duration of the order.
    ///
    /// Bulk items can be booked with just a item group id and quantity, but trackable items offer the choice between just providing an item group id and quantity and then providing the specific item ids when starting the items or providing the item group ids as well as the item ids right away to reserve specific inventory items. You can also mix the two methods for the same item.
    ///
    /// `POST /orders/{id}/book`
    ///
    /// Source: `source/includes/_orders.md:315`
    pub async fn book_order(
        &self,
        id: impl Into<String>,
        body: super::types::BookOrderRequest,
    ) -> Result<(), super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "book_order",
                    "id",
                )?,
                "/book",
            ]
                .concat(),
            "book_order",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_unit_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::book_order`](super::client::Client::book_order) with the response's status and headers.
    pub async fn book_order_with_response(
        &self,
        id: impl Into<String>,
        body: super::types::BookOrderRequest,
    ) -> Result<super::response::ResponseValue<()>, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "book_order",
                    "id",
                )?,
                "/book",
            ]
                .concat(),
            "book_order",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_unit_with_response(parts).await
    }

    /// Save an order as a concept
    ///
    /// A newly created order is by default <code>new</code> and unlisted. To make it viewable for everyone you'll need to save it as a <code>concept</code>.
    ///
    /// `POST /orders/{id}/concept`
    ///
    /// Source: `source/includes/_orders.md:343`
    pub async fn create_order_concept(
        &self,
        id: impl Into<String>,
    ) -> Result<super::types::CreateOrderConceptResponse, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "create_order_concept",
                    "id",
                )?,
                "/concept",
            ]
                .concat(),
            "create_order_concept",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::create_order_concept`](super::client::Client::create_order_concept) with the response's status and headers.
    pub async fn create_order_concept_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::CreateOrderConceptResponse>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "create_order_concept",
                    "id",
                )?,
                "/concept",
            ]
                .concat(),
            "create_order_concept",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Reserve an order
    ///
    /// Reserves an order and books all the products in it. This action is only allowed when the order status is either <code>new</code> or <code>concept</code>
    ///
    /// If 1 or more products aren't available in the necessary quantity to fulfill the order a <code>items_not_available</code> error will be raised.
    ///
    /// `POST /orders/{id}/reserve`
    ///
    /// Source: `source/includes/_orders.md:389`
    ///
    /// # Errors
    ///
    /// [`Error::Status`](super::error::Error::Status) when the server answers with an error.
    ///
    /// For an error status the body is a `types::ReserveOrderError`: decode it with `error.body_as::<types::ReserveOrderError>()`.
    pub async fn reserve_order(
        &self,
        id: impl Into<String>,
    ) -> Result<super::types::ReserveOrderResponse, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "reserve_order",
                    "id",
                )?,
                "/reserve",
            ]
                .concat(),
            "reserve_order",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::reserve_order`](super::client::Client::reserve_order) with the response's status and headers.
    pub async fn reserve_order_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::ReserveOrderResponse>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "reserve_order",
                    "id",
                )?,
                "/reserve",
            ]
                .concat(),
            "reserve_order",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Start order
    ///
    /// To start the oder we need to let the API know which products are being started and in what quantities.
    /// We can do this by sending the `ids` parameter.
    /// The API expects a product group id and the quantity for bulk products, but for trackable products it expects both a product group id as well as the product ids of each item being started.
    ///
    /// `POST /orders/{id}/start`
    ///
    /// Source: `source/includes/_orders.md:451`
    pub async fn start_order(
        &self,
        id: impl Into<String>,
        body: super::types::StartOrderRequest,
    ) -> Result<super::types::StartOrderResponse, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "start_order",
                    "id",
                )?,
                "/start",
            ]
                .concat(),
            "start_order",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::start_order`](super::client::Client::start_order) with the response's status and headers.
    pub async fn start_order_with_response(
        &self,
        id: impl Into<String>,
        body: super::types::StartOrderRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::StartOrderResponse>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "start_order",
                    "id",
                )?,
                "/start",
            ]
                .concat(),
            "start_order",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Stop order
    ///
    /// To stop the oder we need to let the API know which products are being stopped and in what quantities.
    /// We can do this by sending the `ids` parameter.
    /// The API expects a product group id and the quantity for bulk products, but for trackable products it expects both a product group id as well as the product ids of each item being stopped.
    ///
    /// `POST /orders/{id}/stop`
    ///
    /// Source: `source/includes/_orders.md:519`
    pub async fn stop_order(
        &self,
        id: impl Into<String>,
        body: super::types::StopOrderRequest,
    ) -> Result<super::types::StopOrderResponse, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "stop_order",
                    "id",
                )?,
                "/stop",
            ]
                .concat(),
            "stop_order",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::stop_order`](super::client::Client::stop_order) with the response's status and headers.
    pub async fn stop_order_with_response(
        &self,
        id: impl Into<String>,
        body: super::types::StopOrderRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::StopOrderResponse>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "stop_order",
                    "id",
                )?,
                "/stop",
            ]
                .concat(),
            "stop_order",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Cancel order
    ///
    /// Cancels an order, can only be called on orders with any of these statues: `new`, `concept`, `reserved`.
    /// Canceling a reserved order will free all the products that were reserved with it and cancel all plannings.
    ///
    /// `POST /orders/{id}/cancel`
    ///
    /// Source: `source/includes/_orders.md:552`
    pub async fn cancel_order(
        &self,
        id: impl Into<String>,
    ) -> Result<super::types::CancelOrderResponse, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "cancel_order",
                    "id",
                )?,
                "/cancel",
            ]
                .concat(),
            "cancel_order",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::cancel_order`](super::client::Client::cancel_order) with the response's status and headers.
    pub async fn cancel_order_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::CancelOrderResponse>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "cancel_order",
                    "id",
                )?,
                "/cancel",
            ]
                .concat(),
            "cancel_order",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Revert order to a given status
    ///
    /// What status an order can be reverted to depends on it's current status:
    ///
    /// `POST /orders/{id}/revert`
    ///
    /// Source: `source/includes/_orders.md:586`
    ///
    /// Returns a [`RevertOrderRequest`]: set optional parameters on it, then call `.send().await`.
    pub fn revert_order(&self, id: impl Into<String>) -> RevertOrderRequest {
        RevertOrderRequest {
            client: self.clone(),
            id: id.into(),
            status: None,
        }
    }

    /// Archive an order
    ///
    /// Archives an order
    ///
    /// `POST /orders/{id}/archive`
    ///
    /// Source: `source/includes/_orders.md:607`
    pub async fn archive_order(
        &self,
        id: impl Into<String>,
    ) -> Result<(), super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "archive_order",
                    "id",
                )?,
                "/archive",
            ]
                .concat(),
            "archive_order",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_unit_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::archive_order`](super::client::Client::archive_order) with the response's status and headers.
    pub async fn archive_order_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<super::response::ResponseValue<()>, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "archive_order",
                    "id",
                )?,
                "/archive",
            ]
                .concat(),
            "archive_order",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_unit_with_response(parts).await
    }

    /// Duplicate an order
    ///
    /// Duplicates an existing order to create a new order
    ///
    /// `POST /orders/{id}/duplicate`
    ///
    /// Source: `source/includes/_orders.md:635`
    pub async fn duplicate_order(
        &self,
        id: impl Into<String>,
    ) -> Result<super::types::DuplicateOrderResponse, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "duplicate_order",
                    "id",
                )?,
                "/duplicate",
            ]
                .concat(),
            "duplicate_order",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::duplicate_order`](super::client::Client::duplicate_order) with the response's status and headers.
    pub async fn duplicate_order_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::DuplicateOrderResponse>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "duplicate_order",
                    "id",
                )?,
                "/duplicate",
            ]
                .concat(),
            "duplicate_order",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Check availability
    ///
    /// Gets all the available products for the duration of the given order.
    ///
    /// `GET /orders/{id}/available`
    ///
    /// Source: `source/includes/_orders.md:677`
    pub async fn get_order_available(
        &self,
        id: impl Into<String>,
    ) -> Result<super::types::Available, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_order_available",
                    "id",
                )?,
                "/available",
            ]
                .concat(),
            "get_order_available",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::get_order_available`](super::client::Client::get_order_available) with the response's status and headers.
    pub async fn get_order_available_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::Available>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_order_available",
                    "id",
                )?,
                "/available",
            ]
                .concat(),
            "get_order_available",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts).await
    }

    /// Recalculate prices
    ///
    /// Recalculates the prices for the given order
    ///
    /// `POST /orders/{id}/recalculate_prices`
    ///
    /// Source: `source/includes/_orders.md:692`
    pub async fn recalculate_order_prices(
        &self,
        id: impl Into<String>,
    ) -> Result<(), super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "recalculate_order_prices",
                    "id",
                )?,
                "/recalculate_prices",
            ]
                .concat(),
            "recalculate_order_prices",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_unit_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::recalculate_order_prices`](super::client::Client::recalculate_order_prices) with the response's status and headers.
    pub async fn recalculate_order_prices_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<super::response::ResponseValue<()>, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "recalculate_order_prices",
                    "id",
                )?,
                "/recalculate_prices",
            ]
                .concat(),
            "recalculate_order_prices",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_unit_with_response(parts).await
    }

    /// Delete a planning
    ///
    /// Deletes a planning from an order.
    ///
    /// `DELETE /orders/{order_id}/plannings/{id}`
    ///
    /// Source: `source/includes/_planning.md:31`
    pub async fn delete_order_planning(
        &self,
        order_id: impl Into<String>,
        id: impl Into<String>,
    ) -> Result<(), super::error::Error> {
        let order_id: String = order_id.into();
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::DELETE,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&order_id),
                    "delete_order_planning",
                    "order_id",
                )?,
                "/plannings/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "delete_order_planning",
                    "id",
                )?,
            ]
                .concat(),
            "delete_order_planning",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_unit_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::delete_order_planning`](super::client::Client::delete_order_planning) with the response's status and headers.
    pub async fn delete_order_planning_with_response(
        &self,
        order_id: impl Into<String>,
        id: impl Into<String>,
    ) -> Result<super::response::ResponseValue<()>, super::error::Error> {
        let order_id: String = order_id.into();
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::DELETE,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&order_id),
                    "delete_order_planning",
                    "order_id",
                )?,
                "/plannings/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "delete_order_planning",
                    "id",
                )?,
            ]
                .concat(),
            "delete_order_planning",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_unit_with_response(parts).await
    }

    /// Create a new line
    ///
    /// Creates a new line in an order with the provided details.
    ///
    /// `POST /orders/{order_id}/lines`
    ///
    /// Source: `source/includes/_lines.md:119`
    pub async fn create_order_line(
        &self,
        order_id: impl Into<String>,
        body: super::types::CreateOrderLineRequest,
    ) -> Result<super::types::CreateOrderLineResponse, super::error::Error> {
        let order_id: String = order_id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&order_id),
                    "create_order_line",
                    "order_id",
                )?,
                "/lines",
            ]
                .concat(),
            "create_order_line",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::create_order_line`](super::client::Client::create_order_line) with the response's status and headers.
    pub async fn create_order_line_with_response(
        &self,
        order_id: impl Into<String>,
        body: super::types::CreateOrderLineRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::CreateOrderLineResponse>,
        super::error::Error,
    > {
        let order_id: String = order_id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&order_id),
                    "create_order_line",
                    "order_id",
                )?,
                "/lines",
            ]
                .concat(),
            "create_order_line",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Update a line
    ///
    /// `PUT /orders/{order_id}/lines/{id}`
    ///
    /// Source: `source/includes/_lines.md:148`
    pub async fn update_order_line(
        &self,
        order_id: impl Into<String>,
        id: impl Into<String>,
        body: super::types::UpdateOrderLineRequest,
    ) -> Result<(), super::error::Error> {
        let order_id: String = order_id.into();
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PUT,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&order_id),
                    "update_order_line",
                    "order_id",
                )?,
                "/lines/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "update_order_line",
                    "id",
                )?,
            ]
                .concat(),
            "update_order_line",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_unit_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::update_order_line`](super::client::Client::update_order_line) with the response's status and headers.
    pub async fn update_order_line_with_response(
        &self,
        order_id: impl Into<String>,
        id: impl Into<String>,
        body: super::types::UpdateOrderLineRequest,
    ) -> Result<super::response::ResponseValue<()>, super::error::Error> {
        let order_id: String = order_id.into();
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PUT,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&order_id),
                    "update_order_line",
                    "order_id",
                )?,
                "/lines/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "update_order_line",
                    "id",
                )?,
            ]
                .concat(),
            "update_order_line",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_unit_with_response(parts).await
    }

    /// Remove a line
    ///
    /// Delete specified line
    ///
    /// `DELETE /orders/{order_id}/lines/{id}`
    ///
    /// Source: `source/includes/_lines.md:193`
    pub async fn delete_order_line(
        &self,
        order_id: impl Into<String>,
        id: impl Into<String>,
    ) -> Result<(), super::error::Error> {
        let order_id: String = order_id.into();
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::DELETE,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&order_id),
                    "delete_order_line",
                    "order_id",
                )?,
                "/lines/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "delete_order_line",
                    "id",
                )?,
            ]
                .concat(),
            "delete_order_line",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_unit_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::delete_order_line`](super::client::Client::delete_order_line) with the response's status and headers.
    pub async fn delete_order_line_with_response(
        &self,
        order_id: impl Into<String>,
        id: impl Into<String>,
    ) -> Result<super::response::ResponseValue<()>, super::error::Error> {
        let order_id: String = order_id.into();
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::DELETE,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&order_id),
                    "delete_order_line",
                    "order_id",
                )?,
                "/lines/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "delete_order_line",
                    "id",
                )?,
            ]
                .concat(),
            "delete_order_line",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_unit_with_response(parts).await
    }

    /// Update a line
    ///
    /// `PATCH /orders/{order_id}/lines/{id}`
    ///
    /// Source: `source/includes/_lines.md:149`
    pub async fn update_order_line_patch(
        &self,
        order_id: impl Into<String>,
        id: impl Into<String>,
        body: super::types::UpdateOrderLinePatchRequest,
    ) -> Result<(), super::error::Error> {
        let order_id: String = order_id.into();
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PATCH,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&order_id),
                    "update_order_line_patch",
                    "order_id",
                )?,
                "/lines/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "update_order_line_patch",
                    "id",
                )?,
            ]
                .concat(),
            "update_order_line_patch",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_unit_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::update_order_line_patch`](super::client::Client::update_order_line_patch) with the response's status and headers.
    pub async fn update_order_line_patch_with_response(
        &self,
        order_id: impl Into<String>,
        id: impl Into<String>,
        body: super::types::UpdateOrderLinePatchRequest,
    ) -> Result<super::response::ResponseValue<()>, super::error::Error> {
        let order_id: String = order_id.into();
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PATCH,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&order_id),
                    "update_order_line_patch",
                    "order_id",
                )?,
                "/lines/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "update_order_line_patch",
                    "id",
                )?,
            ]
                .concat(),
            "update_order_line_patch",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_unit_with_response(parts).await
    }

    /// Update line positions
    ///
    /// Updates the order of lines in an order.
    ///
    /// Required in bold
    ///
    /// `POST /orders/{order_id}/lines/update_positions`
    ///
    /// Source: `source/includes/_lines.md:170`
    ///
    /// Returns a [`UpdateOrderLinePositionsRequest`]: set optional parameters on it, then call `.send().await`.
    pub fn update_order_line_positions(
        &self,
        order_id: impl Into<String>,
    ) -> UpdateOrderLinePositionsRequest {
        UpdateOrderLinePositionsRequest {
            client: self.clone(),
            order_id: order_id.into(),
            ids: None,
        }
    }
}

/// Request builder for [`Client::list_customers`](super::client::Client::list_customers): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListCustomersRequest {
    client: super::client::Client,
    page: Option<i64>,
    per: Option<i64>,
}

impl ListCustomersRequest {
    /// Sets `page`.
    ///
    /// Which page to display
    ///
    /// Default (the server's, when not sent): `1`.
    pub fn page(mut self, page: i64) -> Self {
        self.page = Some(page);
        self
    }

    /// Sets `per`.
    ///
    /// If set it limits the number of customers per page
    pub fn per(mut self, per: i64) -> Self {
        self.per = Some(per);
        self
    }

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/customers".to_string(),
            "list_customers",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.page {
            parts.query.push(("page".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.per {
            parts.query.push(("per".to_string(), super::runtime::param_string(value)));
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
                items: "customers",
                size_param: Some("per"),
                has_more: None,
                total_pages: None,
                total_count: Some("meta.total_count"),
                default_size: None,
            },
        )
    }
}

/// Request builder for [`Client::list_product_groups`](super::client::Client::list_product_groups): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListProductGroupsRequest {
    client: super::client::Client,
    page: Option<i64>,
    per: Option<i64>,
}

impl ListProductGroupsRequest {
    /// Sets `page`.
    ///
    /// Which page to display
    ///
    /// Default (the server's, when not sent): `1`.
    pub fn page(mut self, page: i64) -> Self {
        self.page = Some(page);
        self
    }

    /// Sets `per`.
    ///
    /// If set it limits the number of product groups per page
    pub fn per(mut self, per: i64) -> Self {
        self.per = Some(per);
        self
    }

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/product_groups".to_string(),
            "list_product_groups",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.page {
            parts.query.push(("page".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.per {
            parts.query.push(("per".to_string(), super::runtime::param_string(value)));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListProductGroupsResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListProductGroupsResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<
        Item = Result<super::types::ProductGroup, super::error::Error>,
    > + Send + 'static {
        let parts = self.parts();
        super::pagination::paginate(
            self.client,
            parts,
            super::pagination::Config {
                style: super::pagination::Style::Page {
                    param: "page",
                },
                items: "product_groups",
                size_param: Some("per"),
                has_more: None,
                total_pages: None,
                total_count: Some("meta.total_count"),
                default_size: None,
            },
        )
    }
}

/// Request builder for [`Client::get_product_availability`](super::client::Client::get_product_availability): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetProductAvailabilityRequest {
    client: super::client::Client,
    product_id: String,
    from: Option<String>,
    till: Option<String>,
    interval: Option<String>,
}

impl GetProductAvailabilityRequest {
    /// Sets `from`.
    ///
    /// Start date
    pub fn from(mut self, from: impl Into<String>) -> Self {
        self.from = Some(from.into());
        self
    }

    /// Sets `till`.
    ///
    /// End date
    pub fn till(mut self, till: impl Into<String>) -> Self {
        self.till = Some(till.into());
        self
    }

    /// Sets `interval`.
    ///
    /// Specifies intervals to split up timeframe in
    pub fn interval(mut self, interval: impl Into<String>) -> Self {
        self.interval = Some(interval.into());
        self
    }

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/products/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&self.product_id),
                    "get_product_availability",
                    "product_id",
                )?,
                "/availability",
            ]
                .concat(),
            "get_product_availability",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.from {
            parts.query.push(("from".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.till {
            parts.query.push(("till".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.interval {
            parts
                .query
                .push(("interval".to_string(), super::runtime::param_string(value)));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<super::types::Availability, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::Availability>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}

/// Request builder for [`Client::list_orders`](super::client::Client::list_orders): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListOrdersRequest {
    client: super::client::Client,
    page: Option<i64>,
    per: Option<i64>,
    q: Option<String>,
}

impl ListOrdersRequest {
    /// Sets `page`.
    ///
    /// Which page to display
    ///
    /// Default (the server's, when not sent): `1`.
    pub fn page(mut self, page: i64) -> Self {
        self.page = Some(page);
        self
    }

    /// Sets `per`.
    ///
    /// If set it limits the number of orders per page
    pub fn per(mut self, per: i64) -> Self {
        self.per = Some(per);
        self
    }

    /// Sets `q`.
    ///
    /// Allows to search orders for a term, for example `q=John` would return all orders where the term `John` shows up
    pub fn q(mut self, q: impl Into<String>) -> Self {
        self.q = Some(q.into());
        self
    }

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            "/orders".to_string(),
            "list_orders",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.page {
            parts.query.push(("page".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.per {
            parts.query.push(("per".to_string(), super::runtime::param_string(value)));
        }
        if let Some(value) = &self.q {
            parts.query.push(("q".to_string(), super::runtime::param_string(value)));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::ListOrdersResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListOrdersResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<
        Item = Result<super::types::Order, super::error::Error>,
    > + Send + 'static {
        let parts = self.parts();
        super::pagination::paginate(
            self.client,
            parts,
            super::pagination::Config {
                style: super::pagination::Style::Page {
                    param: "page",
                },
                items: "orders",
                size_param: Some("per"),
                has_more: None,
                total_pages: None,
                total_count: Some("meta.total_count"),
                default_size: None,
            },
        )
    }
}

/// Request builder for [`Client::revert_order`](super::client::Client::revert_order): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RevertOrderRequest {
    client: super::client::Client,
    id: String,
    status: Option<String>,
}

impl RevertOrderRequest {
    /// Sets `status`.
    ///
    /// Status to revert to
    pub fn status(mut self, status: impl Into<String>) -> Self {
        self.status = Some(status.into());
        self
    }

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&self.id),
                    "revert_order",
                    "id",
                )?,
                "/revert",
            ]
                .concat(),
            "revert_order",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.status {
            parts
                .query
                .push(("status".to_string(), super::runtime::param_string(value)));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(
        self,
    ) -> Result<super::types::RevertOrderResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::RevertOrderResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}

/// Request builder for [`Client::update_order_line_positions`](super::client::Client::update_order_line_positions): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateOrderLinePositionsRequest {
    client: super::client::Client,
    order_id: String,
    ids: Option<String>,
}

impl UpdateOrderLinePositionsRequest {
    /// Sets `ids[]`.
    ///
    /// Line id, each line id needs it's own `ids[]` and their order determines the update positions
    pub fn ids(mut self, ids: impl Into<String>) -> Self {
        self.ids = Some(ids.into());
        self
    }

    fn parts(&self) -> Result<super::runtime::RequestParts, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&self.order_id),
                    "update_order_line_positions",
                    "order_id",
                )?,
                "/lines/update_positions",
            ]
                .concat(),
            "update_order_line_positions",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        if let Some(value) = &self.ids {
            parts.query.push(("ids[]".to_string(), super::runtime::param_string(value)));
        }
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<(), super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<super::response::ResponseValue<()>, super::error::Error> {
        let parts = self.parts()?;
        self.client.send_unit_with_response(parts).await
    }
}
