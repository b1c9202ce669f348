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
    /// Returns a [`ListAllCustomersRequest`]: set optional parameters on it, then call `.send().await`.
    pub fn list_all_customers(&self) -> ListAllCustomersRequest {
        ListAllCustomersRequest {
            client: self.clone(),
            page: None,
            per: None,
        }
    }

    /// Every item of [`Client::list_all_customers`](super::client::Client::list_all_customers), page after page, fetched lazily.
    ///
    /// Shorthand for `client.list_all_customers(..).stream()` with no optional parameter set.
    #[allow(deprecated, reason = "the operation is deprecated; so is its stream")]
    pub fn list_all_customers_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<super::types::Customer, super::error::Error>,
    > + Send + 'static {
        self.list_all_customers().stream()
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
    pub async fn create_a_new_customer(
        &self,
        body: super::types::CreateANewCustomerRequest,
    ) -> Result<super::types::CreateANewCustomerResponse, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            "/customers".to_string(),
            "create_a_new_customer",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::create_a_new_customer`](super::client::Client::create_a_new_customer) with the response's status and headers.
    pub async fn create_a_new_customer_with_response(
        &self,
        body: super::types::CreateANewCustomerRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::CreateANewCustomerResponse>,
        super::error::Error,
    > {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            "/customers".to_string(),
            "create_a_new_customer",
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
    pub async fn get_a_single_customer(
        &self,
        id: impl Into<String>,
    ) -> Result<super::types::GetASingleCustomerResponse, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/customers/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_a_single_customer",
                    "id",
                )?,
            ]
                .concat(),
            "get_a_single_customer",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::get_a_single_customer`](super::client::Client::get_a_single_customer) with the response's status and headers.
    pub async fn get_a_single_customer_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::GetASingleCustomerResponse>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/customers/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_a_single_customer",
                    "id",
                )?,
            ]
                .concat(),
            "get_a_single_customer",
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
    /// Returns a [`ListAllProductGroupsRequest`]: set optional parameters on it, then call `.send().await`.
    pub fn list_all_product_groups(&self) -> ListAllProductGroupsRequest {
        ListAllProductGroupsRequest {
            client: self.clone(),
            page: None,
            per: None,
        }
    }

    /// Every item of [`Client::list_all_product_groups`](super::client::Client::list_all_product_groups), page after page, fetched lazily.
    ///
    /// Shorthand for `client.list_all_product_groups(..).stream()` with no optional parameter set.
    #[allow(deprecated, reason = "the operation is deprecated; so is its stream")]
    pub fn list_all_product_groups_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<super::types::ProductGroup, super::error::Error>,
    > + Send + 'static {
        self.list_all_product_groups().stream()
    }

    /// Create a new product group
    ///
    /// Creates a new product group with the provided properties
    ///
    /// `POST /product_groups`
    ///
    /// Source: `source/includes/_products.md:233`
    pub async fn create_a_new_product_group(
        &self,
        body: super::types::CreateANewProductGroupRequest,
    ) -> Result<super::types::CreateANewProductGroupResponse, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            "/product_groups".to_string(),
            "create_a_new_product_group",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::create_a_new_product_group`](super::client::Client::create_a_new_product_group) with the response's status and headers.
    pub async fn create_a_new_product_group_with_response(
        &self,
        body: super::types::CreateANewProductGroupRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::CreateANewProductGroupResponse>,
        super::error::Error,
    > {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            "/product_groups".to_string(),
            "create_a_new_product_group",
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
    pub async fn get_a_single_product_group(
        &self,
        id: impl Into<String>,
    ) -> Result<super::types::GetASingleProductGroupResponse, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/product_groups/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_a_single_product_group",
                    "id",
                )?,
            ]
                .concat(),
            "get_a_single_product_group",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::get_a_single_product_group`](super::client::Client::get_a_single_product_group) with the response's status and headers.
    pub async fn get_a_single_product_group_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::GetASingleProductGroupResponse>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/product_groups/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_a_single_product_group",
                    "id",
                )?,
            ]
                .concat(),
            "get_a_single_product_group",
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
    ) -> Result<(), super::error::Error> {
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
        self.send_unit_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::update_product_group`](super::client::Client::update_product_group) with the response's status and headers.
    pub async fn update_product_group_with_response(
        &self,
        id: impl Into<String>,
        body: super::types::UpdateProductGroupRequest,
    ) -> Result<super::response::ResponseValue<()>, super::error::Error> {
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
        self.send_unit_with_response(parts).await
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
    /// Returns a [`CheckAvailabilityRequest`]: set optional parameters on it, then call `.send().await`.
    pub fn check_availability(
        &self,
        product_id: impl Into<String>,
    ) -> CheckAvailabilityRequest {
        CheckAvailabilityRequest {
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
    pub async fn show_product_pricing_structures(
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
                    "show_product_pricing_structures",
                    "product_id",
                )?,
                "/prices",
            ]
                .concat(),
            "show_product_pricing_structures",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::show_product_pricing_structures`](super::client::Client::show_product_pricing_structures) with the response's status and headers.
    pub async fn show_product_pricing_structures_with_response(
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
                    "show_product_pricing_structures",
                    "product_id",
                )?,
                "/prices",
            ]
                .concat(),
            "show_product_pricing_structures",
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
    /// Returns a [`ListAllOrdersRequest`]: set optional parameters on it, then call `.send().await`.
    pub fn list_all_orders(&self) -> ListAllOrdersRequest {
        ListAllOrdersRequest {
            client: self.clone(),
            page: None,
            per: None,
            q: None,
        }
    }

    /// Every item of [`Client::list_all_orders`](super::client::Client::list_all_orders), page after page, fetched lazily.
    ///
    /// Shorthand for `client.list_all_orders(..).stream()` with no optional parameter set.
    #[allow(deprecated, reason = "the operation is deprecated; so is its stream")]
    pub fn list_all_orders_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<super::types::Order, super::error::Error>,
    > + Send + 'static {
        self.list_all_orders().stream()
    }

    /// Create a new order
    ///
    /// Creates a new order with the provided details
    ///
    /// `POST /orders`
    ///
    /// Source: `source/includes/_orders.md:211`
    pub async fn create_a_new_order(
        &self,
        body: super::types::CreateANewOrderRequest,
    ) -> Result<super::types::CreateANewOrderResponse, super::error::Error> {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            "/orders".to_string(),
            "create_a_new_order",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::create_a_new_order`](super::client::Client::create_a_new_order) with the response's status and headers.
    pub async fn create_a_new_order_with_response(
        &self,
        body: super::types::CreateANewOrderRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::CreateANewOrderResponse>,
        super::error::Error,
    > {
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            "/orders".to_string(),
            "create_a_new_order",
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
    pub async fn get_a_single_order(
        &self,
        id: impl Into<String>,
    ) -> Result<super::types::GetASingleOrderResponse, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_a_single_order",
                    "id",
                )?,
            ]
                .concat(),
            "get_a_single_order",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::get_a_single_order`](super::client::Client::get_a_single_order) with the response's status and headers.
    pub async fn get_a_single_order_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::GetASingleOrderResponse>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::GET,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "get_a_single_order",
                    "id",
                )?,
            ]
                .concat(),
            "get_a_single_order",
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
    ) -> Result<(), super::error::Error> {
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
        self.send_unit_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::update_order`](super::client::Client::update_order) with the response's status and headers.
    pub async fn update_order_with_response(
        &self,
        id: impl Into<String>,
        body: super::types::UpdateOrderRequest,
    ) -> Result<super::response::ResponseValue<()>, super::error::Error> {
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
        self.send_unit_with_response(parts).await
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
    pub async fn book_order_s_items(
        &self,
        id: impl Into<String>,
        body: super::types::BookOrderSItemsRequest,
    ) -> Result<(), super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "book_order_s_items",
                    "id",
                )?,
                "/book",
            ]
                .concat(),
            "book_order_s_items",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_unit_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::book_order_s_items`](super::client::Client::book_order_s_items) with the response's status and headers.
    pub async fn book_order_s_items_with_response(
        &self,
        id: impl Into<String>,
        body: super::types::BookOrderSItemsRequest,
    ) -> Result<super::response::ResponseValue<()>, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "book_order_s_items",
                    "id",
                )?,
                "/book",
            ]
                .concat(),
            "book_order_s_items",
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
    pub async fn save_an_order_as_a_concept(
        &self,
        id: impl Into<String>,
    ) -> Result<super::types::SaveAnOrderAsAConceptResponse, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "save_an_order_as_a_concept",
                    "id",
                )?,
                "/concept",
            ]
                .concat(),
            "save_an_order_as_a_concept",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::save_an_order_as_a_concept`](super::client::Client::save_an_order_as_a_concept) with the response's status and headers.
    pub async fn save_an_order_as_a_concept_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::SaveAnOrderAsAConceptResponse>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "save_an_order_as_a_concept",
                    "id",
                )?,
                "/concept",
            ]
                .concat(),
            "save_an_order_as_a_concept",
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
    /// For an error status the body is a `types::ReserveAnOrderError`: decode it with `error.body_as::<types::ReserveAnOrderError>()`.
    pub async fn reserve_an_order(
        &self,
        id: impl Into<String>,
    ) -> Result<super::types::ReserveAnOrderResponse, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "reserve_an_order",
                    "id",
                )?,
                "/reserve",
            ]
                .concat(),
            "reserve_an_order",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::reserve_an_order`](super::client::Client::reserve_an_order) with the response's status and headers.
    pub async fn reserve_an_order_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::ReserveAnOrderResponse>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "reserve_an_order",
                    "id",
                )?,
                "/reserve",
            ]
                .concat(),
            "reserve_an_order",
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
    /// Returns a [`RevertOrderToAGivenStatusRequest`]: set optional parameters on it, then call `.send().await`.
    pub fn revert_order_to_a_given_status(
        &self,
        id: impl Into<String>,
    ) -> RevertOrderToAGivenStatusRequest {
        RevertOrderToAGivenStatusRequest {
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
    pub async fn archive_an_order(
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
                    "archive_an_order",
                    "id",
                )?,
                "/archive",
            ]
                .concat(),
            "archive_an_order",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_unit_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::archive_an_order`](super::client::Client::archive_an_order) with the response's status and headers.
    pub async fn archive_an_order_with_response(
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
                    "archive_an_order",
                    "id",
                )?,
                "/archive",
            ]
                .concat(),
            "archive_an_order",
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
    pub async fn duplicate_an_order(
        &self,
        id: impl Into<String>,
    ) -> Result<super::types::DuplicateAnOrderResponse, super::error::Error> {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "duplicate_an_order",
                    "id",
                )?,
                "/duplicate",
            ]
                .concat(),
            "duplicate_an_order",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::duplicate_an_order`](super::client::Client::duplicate_an_order) with the response's status and headers.
    pub async fn duplicate_an_order_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<
        super::response::ResponseValue<super::types::DuplicateAnOrderResponse>,
        super::error::Error,
    > {
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "duplicate_an_order",
                    "id",
                )?,
                "/duplicate",
            ]
                .concat(),
            "duplicate_an_order",
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
    pub async fn check_availability_get(
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
                    "check_availability_get",
                    "id",
                )?,
                "/available",
            ]
                .concat(),
            "check_availability_get",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::check_availability_get`](super::client::Client::check_availability_get) with the response's status and headers.
    pub async fn check_availability_get_with_response(
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
                    "check_availability_get",
                    "id",
                )?,
                "/available",
            ]
                .concat(),
            "check_availability_get",
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
    pub async fn recalculate_prices(
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
                    "recalculate_prices",
                    "id",
                )?,
                "/recalculate_prices",
            ]
                .concat(),
            "recalculate_prices",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_unit_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::recalculate_prices`](super::client::Client::recalculate_prices) with the response's status and headers.
    pub async fn recalculate_prices_with_response(
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
                    "recalculate_prices",
                    "id",
                )?,
                "/recalculate_prices",
            ]
                .concat(),
            "recalculate_prices",
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
    pub async fn delete_a_planning(
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
                    "delete_a_planning",
                    "order_id",
                )?,
                "/plannings/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "delete_a_planning",
                    "id",
                )?,
            ]
                .concat(),
            "delete_a_planning",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_unit_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::delete_a_planning`](super::client::Client::delete_a_planning) with the response's status and headers.
    pub async fn delete_a_planning_with_response(
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
                    "delete_a_planning",
                    "order_id",
                )?,
                "/plannings/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "delete_a_planning",
                    "id",
                )?,
            ]
                .concat(),
            "delete_a_planning",
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
    pub async fn create_a_new_line(
        &self,
        order_id: impl Into<String>,
        body: super::types::CreateANewLineRequest,
    ) -> Result<super::types::CreateANewLineResponse, super::error::Error> {
        let order_id: String = order_id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&order_id),
                    "create_a_new_line",
                    "order_id",
                )?,
                "/lines",
            ]
                .concat(),
            "create_a_new_line",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_json_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::create_a_new_line`](super::client::Client::create_a_new_line) with the response's status and headers.
    pub async fn create_a_new_line_with_response(
        &self,
        order_id: impl Into<String>,
        body: super::types::CreateANewLineRequest,
    ) -> Result<
        super::response::ResponseValue<super::types::CreateANewLineResponse>,
        super::error::Error,
    > {
        let order_id: String = order_id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::POST,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&order_id),
                    "create_a_new_line",
                    "order_id",
                )?,
                "/lines",
            ]
                .concat(),
            "create_a_new_line",
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
    pub async fn update_a_line(
        &self,
        order_id: impl Into<String>,
        id: impl Into<String>,
        body: super::types::UpdateALineRequest,
    ) -> Result<(), super::error::Error> {
        let order_id: String = order_id.into();
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PUT,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&order_id),
                    "update_a_line",
                    "order_id",
                )?,
                "/lines/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "update_a_line",
                    "id",
                )?,
            ]
                .concat(),
            "update_a_line",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_unit_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::update_a_line`](super::client::Client::update_a_line) with the response's status and headers.
    pub async fn update_a_line_with_response(
        &self,
        order_id: impl Into<String>,
        id: impl Into<String>,
        body: super::types::UpdateALineRequest,
    ) -> Result<super::response::ResponseValue<()>, super::error::Error> {
        let order_id: String = order_id.into();
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PUT,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&order_id),
                    "update_a_line",
                    "order_id",
                )?,
                "/lines/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "update_a_line",
                    "id",
                )?,
            ]
                .concat(),
            "update_a_line",
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
    pub async fn remove_a_line(
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
                    "remove_a_line",
                    "order_id",
                )?,
                "/lines/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "remove_a_line",
                    "id",
                )?,
            ]
                .concat(),
            "remove_a_line",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_unit_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::remove_a_line`](super::client::Client::remove_a_line) with the response's status and headers.
    pub async fn remove_a_line_with_response(
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
                    "remove_a_line",
                    "order_id",
                )?,
                "/lines/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "remove_a_line",
                    "id",
                )?,
            ]
                .concat(),
            "remove_a_line",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        self.send_unit_with_response(parts).await
    }

    /// Update a line
    ///
    /// `PATCH /orders/{order_id}/lines/{id}`
    ///
    /// Source: `source/includes/_lines.md:149`
    pub async fn update_a_line_patch(
        &self,
        order_id: impl Into<String>,
        id: impl Into<String>,
        body: super::types::UpdateALinePatchRequest,
    ) -> Result<(), super::error::Error> {
        let order_id: String = order_id.into();
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PATCH,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&order_id),
                    "update_a_line_patch",
                    "order_id",
                )?,
                "/lines/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "update_a_line_patch",
                    "id",
                )?,
            ]
                .concat(),
            "update_a_line_patch",
        );
        parts.security = &[&[super::auth::Scheme::ApiKey]];
        parts.json_body(&body)?;
        self.send_unit_with_response(parts)
            .await
            .map(super::response::ResponseValue::into_inner)
    }

    /// [`Client::update_a_line_patch`](super::client::Client::update_a_line_patch) with the response's status and headers.
    pub async fn update_a_line_patch_with_response(
        &self,
        order_id: impl Into<String>,
        id: impl Into<String>,
        body: super::types::UpdateALinePatchRequest,
    ) -> Result<super::response::ResponseValue<()>, super::error::Error> {
        let order_id: String = order_id.into();
        let id: String = id.into();
        let mut parts = super::runtime::RequestParts::new(
            reqwest::Method::PATCH,
            [
                "/orders/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&order_id),
                    "update_a_line_patch",
                    "order_id",
                )?,
                "/lines/",
                &super::runtime::path_segment(
                    &super::runtime::param_string(&id),
                    "update_a_line_patch",
                    "id",
                )?,
            ]
                .concat(),
            "update_a_line_patch",
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
    /// Returns a [`UpdateLinePositionsRequest`]: set optional parameters on it, then call `.send().await`.
    pub fn update_line_positions(
        &self,
        order_id: impl Into<String>,
    ) -> UpdateLinePositionsRequest {
        UpdateLinePositionsRequest {
            client: self.clone(),
            order_id: order_id.into(),
            ids: None,
        }
    }
}

/// Request builder for [`Client::list_all_customers`](super::client::Client::list_all_customers): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListAllCustomersRequest {
    client: super::client::Client,
    page: Option<i64>,
    per: Option<i64>,
}

impl ListAllCustomersRequest {
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
            "list_all_customers",
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
    ) -> Result<super::types::ListAllCustomersResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListAllCustomersResponse>,
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

/// Request builder for [`Client::list_all_product_groups`](super::client::Client::list_all_product_groups): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListAllProductGroupsRequest {
    client: super::client::Client,
    page: Option<i64>,
    per: Option<i64>,
}

impl ListAllProductGroupsRequest {
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
            "list_all_product_groups",
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
    ) -> Result<super::types::ListAllProductGroupsResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListAllProductGroupsResponse>,
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

/// Request builder for [`Client::check_availability`](super::client::Client::check_availability): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CheckAvailabilityRequest {
    client: super::client::Client,
    product_id: String,
    from: Option<String>,
    till: Option<String>,
    interval: Option<String>,
}

impl CheckAvailabilityRequest {
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
                    "check_availability",
                    "product_id",
                )?,
                "/availability",
            ]
                .concat(),
            "check_availability",
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

/// Request builder for [`Client::list_all_orders`](super::client::Client::list_all_orders): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListAllOrdersRequest {
    client: super::client::Client,
    page: Option<i64>,
    per: Option<i64>,
    q: Option<String>,
}

impl ListAllOrdersRequest {
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
            "list_all_orders",
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
    ) -> Result<super::types::ListAllOrdersResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::ListAllOrdersResponse>,
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

/// Request builder for [`Client::revert_order_to_a_given_status`](super::client::Client::revert_order_to_a_given_status): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RevertOrderToAGivenStatusRequest {
    client: super::client::Client,
    id: String,
    status: Option<String>,
}

impl RevertOrderToAGivenStatusRequest {
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
                    "revert_order_to_a_given_status",
                    "id",
                )?,
                "/revert",
            ]
                .concat(),
            "revert_order_to_a_given_status",
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
    ) -> Result<super::types::RevertOrderToAGivenStatusResponse, super::error::Error> {
        self.send_with_response().await.map(super::response::ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<
        super::response::ResponseValue<super::types::RevertOrderToAGivenStatusResponse>,
        super::error::Error,
    > {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}

/// Request builder for [`Client::update_line_positions`](super::client::Client::update_line_positions): set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateLinePositionsRequest {
    client: super::client::Client,
    order_id: String,
    ids: Option<String>,
}

impl UpdateLinePositionsRequest {
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
                    "update_line_positions",
                    "order_id",
                )?,
                "/lines/update_positions",
            ]
                .concat(),
            "update_line_positions",
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
