//! One method per API operation, and request builders for operations with optional parameters.

use super::client::Client;
use super::error::Error;
use super::response::ResponseValue;
use super::runtime::RequestParts;
use super::pagination;
use super::types;

impl Client {
    /// List all customers
    ///
    /// This endpoint retrieves all customers and can paginated
    ///
    /// The `meta` object contains metadata about the complete collection (not affected by pagination)
    ///
    /// `GET /customers` (source: `source/includes/_customers.md:121`)
    pub fn list_customers(&self) -> ListCustomersRequest {
        ListCustomersRequest {
            client: self.clone(),
            page: None,
            per: None,
        }
    }

    /// Every item of [`Client::list_customers`], page after page, fetched lazily.
    pub fn list_customers_stream(
        &self,
    ) -> impl futures::Stream<Item = Result<types::Customer, Error>> + Send + 'static {
        self.list_customers().stream()
    }

    /// Create a new customer
    ///
    /// Creates a new customer with the provided properties
    ///
    /// `name`
    ///
    /// `POST /customers` (source: `source/includes/_customers.md:208`)
    pub async fn create_customer(
        &self,
        body: types::CreateCustomerRequest,
    ) -> Result<types::CreateCustomerResponse, Error> {
        self.create_customer_with_response(body).await.map(ResponseValue::into_inner)
    }

    /// [`Client::create_customer`] with the response's status and headers.
    pub async fn create_customer_with_response(
        &self,
        body: types::CreateCustomerRequest,
    ) -> Result<ResponseValue<types::CreateCustomerResponse>, Error> {
        let mut parts = RequestParts::post("/customers", "create_customer");
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Get a single customer
    ///
    /// This endpoint will retrieve a single customer by id or number
    ///
    /// `GET /customers/{id}` (source: `source/includes/_customers.md:248`)
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

    /// Update customer
    ///
    /// Update the details of a customer
    ///
    /// `PUT /customers/{id}` (source: `source/includes/_customers.md:291`)
    pub async fn update_customer(
        &self,
        id: impl Into<String>,
        body: types::UpdateCustomerRequest,
    ) -> Result<types::UpdateCustomerResponse, Error> {
        self.update_customer_with_response(id, body).await.map(ResponseValue::into_inner)
    }

    /// [`Client::update_customer`] with the response's status and headers.
    pub async fn update_customer_with_response(
        &self,
        id: impl Into<String>,
        body: types::UpdateCustomerRequest,
    ) -> Result<ResponseValue<types::UpdateCustomerResponse>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::put("/customers/{id}", "update_customer");
        parts.path_param("id", &id)?;
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Update customer
    ///
    /// Update the details of a customer
    ///
    /// `PATCH /customers/{id}` (source: `source/includes/_customers.md:292`)
    pub async fn update_customer_patch(
        &self,
        id: impl Into<String>,
        body: types::UpdateCustomerPatchRequest,
    ) -> Result<types::UpdateCustomerPatchResponse, Error> {
        self.update_customer_patch_with_response(id, body)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::update_customer_patch`] with the response's status and headers.
    pub async fn update_customer_patch_with_response(
        &self,
        id: impl Into<String>,
        body: types::UpdateCustomerPatchRequest,
    ) -> Result<ResponseValue<types::UpdateCustomerPatchResponse>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::patch("/customers/{id}", "update_customer_patch");
        parts.path_param("id", &id)?;
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Archive customer
    ///
    /// Archives a customer hiding it from searches, getting this customer by id will still find it, and it can still be updated
    ///
    /// `DELETE /customers/{id}/archive` (source: `source/includes/_customers.md:324`)
    pub async fn archive_customer(
        &self,
        id: impl Into<String>,
    ) -> Result<types::ArchiveCustomerResponse, Error> {
        self.archive_customer_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// [`Client::archive_customer`] with the response's status and headers.
    pub async fn archive_customer_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<ResponseValue<types::ArchiveCustomerResponse>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::delete(
            "/customers/{id}/archive",
            "archive_customer",
        );
        parts.path_param("id", &id)?;
        self.send_json_with_response(parts).await
    }

    /// Restore customer
    ///
    /// Restores an archived customer
    ///
    /// `POST /customers/{id}/restore` (source: `source/includes/_customers.md:352`)
    pub async fn restore_customer(
        &self,
        id: impl Into<String>,
    ) -> Result<types::RestoreCustomerResponse, Error> {
        self.restore_customer_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// [`Client::restore_customer`] with the response's status and headers.
    pub async fn restore_customer_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<ResponseValue<types::RestoreCustomerResponse>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::post(
            "/customers/{id}/restore",
            "restore_customer",
        );
        parts.path_param("id", &id)?;
        self.send_json_with_response(parts).await
    }

    /// List all product groups
    ///
    /// This endpoint retrieves all product groups and can paginated
    ///
    /// The meta object contains metadata about the complete collection (not affected by pagination)
    ///
    /// `GET /product_groups` (source: `source/includes/_products.md:148`)
    pub fn list_product_groups(&self) -> ListProductGroupsRequest {
        ListProductGroupsRequest {
            client: self.clone(),
            page: None,
            per: None,
        }
    }

    /// Every item of [`Client::list_product_groups`], page after page, fetched lazily.
    pub fn list_product_groups_stream(
        &self,
    ) -> impl futures::Stream<
        Item = Result<types::ProductGroup, Error>,
    > + Send + 'static {
        self.list_product_groups().stream()
    }

    /// Create a new product group
    ///
    /// Creates a new product group with the provided properties
    ///
    /// `POST /product_groups` (source: `source/includes/_products.md:233`)
    pub async fn create_product_group(
        &self,
        body: types::CreateProductGroupRequest,
    ) -> Result<types::CreateProductGroupResponse, Error> {
        self.create_product_group_with_response(body)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::create_product_group`] with the response's status and headers.
    pub async fn create_product_group_with_response(
        &self,
        body: types::CreateProductGroupRequest,
    ) -> Result<ResponseValue<types::CreateProductGroupResponse>, Error> {
        let mut parts = RequestParts::post("/product_groups", "create_product_group");
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Get a single product group
    ///
    /// This endpoint will retrieve a single product group by id
    ///
    /// `GET /product_groups/{id}` (source: `source/includes/_products.md:292`)
    pub async fn get_product_group(
        &self,
        id: impl Into<String>,
    ) -> Result<types::GetProductGroupResponse, Error> {
        self.get_product_group_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// [`Client::get_product_group`] with the response's status and headers.
    pub async fn get_product_group_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<ResponseValue<types::GetProductGroupResponse>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::get("/product_groups/{id}", "get_product_group");
        parts.path_param("id", &id)?;
        self.send_json_with_response(parts).await
    }

    /// Update product group
    ///
    /// Update the properties of a product group
    ///
    /// `PUT /product_groups/{id}` (source: `source/includes/_products.md:324`)
    pub async fn update_product_group(
        &self,
        id: impl Into<String>,
        body: types::UpdateProductGroupRequest,
    ) -> Result<types::UpdateProductGroupResponse, Error> {
        self.update_product_group_with_response(id, body)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::update_product_group`] with the response's status and headers.
    pub async fn update_product_group_with_response(
        &self,
        id: impl Into<String>,
        body: types::UpdateProductGroupRequest,
    ) -> Result<ResponseValue<types::UpdateProductGroupResponse>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::put(
            "/product_groups/{id}",
            "update_product_group",
        );
        parts.path_param("id", &id)?;
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Update product group
    ///
    /// Update the properties of a product group
    ///
    /// `PATCH /product_groups/{id}` (source: `source/includes/_products.md:325`)
    pub async fn update_product_group_patch(
        &self,
        id: impl Into<String>,
        body: types::UpdateProductGroupPatchRequest,
    ) -> Result<(), Error> {
        self.update_product_group_patch_with_response(id, body)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::update_product_group_patch`] with the response's status and headers.
    pub async fn update_product_group_patch_with_response(
        &self,
        id: impl Into<String>,
        body: types::UpdateProductGroupPatchRequest,
    ) -> Result<ResponseValue<()>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::patch(
            "/product_groups/{id}",
            "update_product_group_patch",
        );
        parts.path_param("id", &id)?;
        parts.json_body(&body)?;
        self.send_unit_with_response(parts).await
    }

    /// Archive product group
    ///
    /// Archives a product group
    ///
    /// `DELETE /product_groups/{id}/archive` (source: `source/includes/_products.md:344`)
    pub async fn archive_product_group(
        &self,
        id: impl Into<String>,
    ) -> Result<(), Error> {
        self.archive_product_group_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// [`Client::archive_product_group`] with the response's status and headers.
    pub async fn archive_product_group_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<ResponseValue<()>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::delete(
            "/product_groups/{id}/archive",
            "archive_product_group",
        );
        parts.path_param("id", &id)?;
        self.send_unit_with_response(parts).await
    }

    /// Restore product group
    ///
    /// `POST /product_groups/{id}/restore` (source: `source/includes/_products.md:357`)
    pub async fn restore_product_group(
        &self,
        id: impl Into<String>,
    ) -> Result<(), Error> {
        self.restore_product_group_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// [`Client::restore_product_group`] with the response's status and headers.
    pub async fn restore_product_group_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<ResponseValue<()>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::post(
            "/product_groups/{id}/restore",
            "restore_product_group",
        );
        parts.path_param("id", &id)?;
        self.send_unit_with_response(parts).await
    }

    /// Check availability
    ///
    /// Provides an availability overview of the specified product in the provided timeframe
    ///
    /// Required in bold
    ///
    /// `GET /products/{product_id}/availability` (source: `source/includes/_products.md:411`)
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
    /// `GET /products/{product_id}/prices` (source: `source/includes/_products.md:480`)
    pub async fn list_product_prices(
        &self,
        product_id: impl Into<String>,
    ) -> Result<types::Price, Error> {
        self.list_product_prices_with_response(product_id)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::list_product_prices`] with the response's status and headers.
    pub async fn list_product_prices_with_response(
        &self,
        product_id: impl Into<String>,
    ) -> Result<ResponseValue<types::Price>, Error> {
        let product_id: String = product_id.into();
        let mut parts = RequestParts::get(
            "/products/{product_id}/prices",
            "list_product_prices",
        );
        parts.path_param("product_id", &product_id)?;
        self.send_json_with_response(parts).await
    }

    /// List all orders
    ///
    /// This endpoint retrieves all orders and can paginated
    ///
    /// The meta object contains metadata about the complete collection (not affected by pagination)
    ///
    /// `GET /orders` (source: `source/includes/_orders.md:152`)
    pub fn list_orders(&self) -> ListOrdersRequest {
        ListOrdersRequest {
            client: self.clone(),
            page: None,
            per: None,
            q: None,
        }
    }

    /// Every item of [`Client::list_orders`], page after page, fetched lazily.
    pub fn list_orders_stream(
        &self,
    ) -> impl futures::Stream<Item = Result<types::Order, Error>> + Send + 'static {
        self.list_orders().stream()
    }

    /// Create a new order
    ///
    /// Creates a new order with the provided details
    ///
    /// `POST /orders` (source: `source/includes/_orders.md:211`)
    pub async fn create_order(
        &self,
        body: types::CreateOrderRequest,
    ) -> Result<types::CreateOrderResponse, Error> {
        self.create_order_with_response(body).await.map(ResponseValue::into_inner)
    }

    /// [`Client::create_order`] with the response's status and headers.
    pub async fn create_order_with_response(
        &self,
        body: types::CreateOrderRequest,
    ) -> Result<ResponseValue<types::CreateOrderResponse>, Error> {
        let mut parts = RequestParts::post("/orders", "create_order");
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Get a single order
    ///
    /// This endpoint will retrieve a single order by id or number
    ///
    /// `GET /orders/{id}` (source: `source/includes/_orders.md:244`)
    pub async fn get_order(
        &self,
        id: impl Into<String>,
    ) -> Result<types::GetOrderResponse, Error> {
        self.get_order_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// [`Client::get_order`] with the response's status and headers.
    pub async fn get_order_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<ResponseValue<types::GetOrderResponse>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::get("/orders/{id}", "get_order");
        parts.path_param("id", &id)?;
        self.send_json_with_response(parts).await
    }

    /// Update order
    ///
    /// `PUT /orders/{id}` (source: `source/includes/_orders.md:274`)
    pub async fn update_order(
        &self,
        id: impl Into<String>,
        body: types::UpdateOrderRequest,
    ) -> Result<types::UpdateOrderResponse, Error> {
        self.update_order_with_response(id, body).await.map(ResponseValue::into_inner)
    }

    /// [`Client::update_order`] with the response's status and headers.
    pub async fn update_order_with_response(
        &self,
        id: impl Into<String>,
        body: types::UpdateOrderRequest,
    ) -> Result<ResponseValue<types::UpdateOrderResponse>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::put("/orders/{id}", "update_order");
        parts.path_param("id", &id)?;
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Update order
    ///
    /// `PATCH /orders/{id}` (source: `source/includes/_orders.md:275`)
    pub async fn update_order_patch(
        &self,
        id: impl Into<String>,
        body: types::UpdateOrderPatchRequest,
    ) -> Result<(), Error> {
        self.update_order_patch_with_response(id, body)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::update_order_patch`] with the response's status and headers.
    pub async fn update_order_patch_with_response(
        &self,
        id: impl Into<String>,
        body: types::UpdateOrderPatchRequest,
    ) -> Result<ResponseValue<()>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::patch("/orders/{id}", "update_order_patch");
        parts.path_param("id", &id)?;
        parts.json_body(&body)?;
        self.send_unit_with_response(parts).await
    }

    /// Book order's items
    ///
    /// Reserves given items for the duration of the order.
    ///
    /// Bulk items can be booked with just a item group id and quantity, but trackable items offer the choice between just providing an item group id and quantity and then providing the specific item ids when starting the items or providing the item group ids as well as the item ids right away to reserve specific inventory items. You can also mix the two methods for the same item.
    ///
    /// `POST /orders/{id}/book` (source: `source/includes/_orders.md:315`)
    pub async fn book_order(
        &self,
        id: impl Into<String>,
        body: types::BookOrderRequest,
    ) -> Result<(), Error> {
        self.book_order_with_response(id, body).await.map(ResponseValue::into_inner)
    }

    /// [`Client::book_order`] with the response's status and headers.
    pub async fn book_order_with_response(
        &self,
        id: impl Into<String>,
        body: types::BookOrderRequest,
    ) -> Result<ResponseValue<()>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::post("/orders/{id}/book", "book_order");
        parts.path_param("id", &id)?;
        parts.json_body(&body)?;
        self.send_unit_with_response(parts).await
    }

    /// Save an order as a concept
    ///
    /// A newly created order is by default <code>new</code> and unlisted. To make it viewable for everyone you'll need to save it as a <code>concept</code>.
    ///
    /// `POST /orders/{id}/concept` (source: `source/includes/_orders.md:343`)
    pub async fn create_order_concept(
        &self,
        id: impl Into<String>,
    ) -> Result<types::CreateOrderConceptResponse, Error> {
        self.create_order_concept_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// [`Client::create_order_concept`] with the response's status and headers.
    pub async fn create_order_concept_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<ResponseValue<types::CreateOrderConceptResponse>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::post(
            "/orders/{id}/concept",
            "create_order_concept",
        );
        parts.path_param("id", &id)?;
        self.send_json_with_response(parts).await
    }

    /// Reserve an order
    ///
    /// Reserves an order and books all the products in it. This action is only allowed when the order status is either <code>new</code> or <code>concept</code>
    ///
    /// If 1 or more products aren't available in the necessary quantity to fulfill the order a <code>items_not_available</code> error will be raised.
    ///
    /// `POST /orders/{id}/reserve` (source: `source/includes/_orders.md:389`)
    ///
    /// # Errors
    ///
    /// [`Error::Status`] when the server answers with an error.
    ///
    /// For an error status the body is a `types::ReserveOrderError`: decode it with `error.body_as::<types::ReserveOrderError>()`.
    pub async fn reserve_order(
        &self,
        id: impl Into<String>,
    ) -> Result<types::ReserveOrderResponse, Error> {
        self.reserve_order_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// [`Client::reserve_order`] with the response's status and headers.
    pub async fn reserve_order_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<ResponseValue<types::ReserveOrderResponse>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::post("/orders/{id}/reserve", "reserve_order");
        parts.path_param("id", &id)?;
        self.send_json_with_response(parts).await
    }

    /// Start order
    ///
    /// To start the oder we need to let the API know which products are being started and in what quantities.
    /// We can do this by sending the `ids` parameter.
    /// The API expects a product group id and the quantity for bulk products, but for trackable products it expects both a product group id as well as the product ids of each item being started.
    ///
    /// `POST /orders/{id}/start` (source: `source/includes/_orders.md:451`)
    pub async fn start_order(
        &self,
        id: impl Into<String>,
        body: types::StartOrderRequest,
    ) -> Result<types::StartOrderResponse, Error> {
        self.start_order_with_response(id, body).await.map(ResponseValue::into_inner)
    }

    /// [`Client::start_order`] with the response's status and headers.
    pub async fn start_order_with_response(
        &self,
        id: impl Into<String>,
        body: types::StartOrderRequest,
    ) -> Result<ResponseValue<types::StartOrderResponse>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::post("/orders/{id}/start", "start_order");
        parts.path_param("id", &id)?;
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Stop order
    ///
    /// To stop the oder we need to let the API know which products are being stopped and in what quantities.
    /// We can do this by sending the `ids` parameter.
    /// The API expects a product group id and the quantity for bulk products, but for trackable products it expects both a product group id as well as the product ids of each item being stopped.
    ///
    /// `POST /orders/{id}/stop` (source: `source/includes/_orders.md:519`)
    pub async fn stop_order(
        &self,
        id: impl Into<String>,
        body: types::StopOrderRequest,
    ) -> Result<types::StopOrderResponse, Error> {
        self.stop_order_with_response(id, body).await.map(ResponseValue::into_inner)
    }

    /// [`Client::stop_order`] with the response's status and headers.
    pub async fn stop_order_with_response(
        &self,
        id: impl Into<String>,
        body: types::StopOrderRequest,
    ) -> Result<ResponseValue<types::StopOrderResponse>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::post("/orders/{id}/stop", "stop_order");
        parts.path_param("id", &id)?;
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Cancel order
    ///
    /// Cancels an order, can only be called on orders with any of these statues: `new`, `concept`, `reserved`.
    /// Canceling a reserved order will free all the products that were reserved with it and cancel all plannings.
    ///
    /// `POST /orders/{id}/cancel` (source: `source/includes/_orders.md:552`)
    pub async fn cancel_order(
        &self,
        id: impl Into<String>,
    ) -> Result<types::CancelOrderResponse, Error> {
        self.cancel_order_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// [`Client::cancel_order`] with the response's status and headers.
    pub async fn cancel_order_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<ResponseValue<types::CancelOrderResponse>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::post("/orders/{id}/cancel", "cancel_order");
        parts.path_param("id", &id)?;
        self.send_json_with_response(parts).await
    }

    /// Revert order to a given status
    ///
    /// What status an order can be reverted to depends on it's current status:
    ///
    /// `POST /orders/{id}/revert` (source: `source/includes/_orders.md:586`)
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
    /// `POST /orders/{id}/archive` (source: `source/includes/_orders.md:607`)
    pub async fn archive_order(&self, id: impl Into<String>) -> Result<(), Error> {
        self.archive_order_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// [`Client::archive_order`] with the response's status and headers.
    pub async fn archive_order_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<ResponseValue<()>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::post("/orders/{id}/archive", "archive_order");
        parts.path_param("id", &id)?;
        self.send_unit_with_response(parts).await
    }

    /// Duplicate an order
    ///
    /// Duplicates an existing order to create a new order
    ///
    /// `POST /orders/{id}/duplicate` (source: `source/includes/_orders.md:635`)
    pub async fn duplicate_order(
        &self,
        id: impl Into<String>,
    ) -> Result<types::DuplicateOrderResponse, Error> {
        self.duplicate_order_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// [`Client::duplicate_order`] with the response's status and headers.
    pub async fn duplicate_order_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<ResponseValue<types::DuplicateOrderResponse>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::post("/orders/{id}/duplicate", "duplicate_order");
        parts.path_param("id", &id)?;
        self.send_json_with_response(parts).await
    }

    /// Check availability
    ///
    /// Gets all the available products for the duration of the given order.
    ///
    /// `GET /orders/{id}/available` (source: `source/includes/_orders.md:677`)
    pub async fn get_order_available(
        &self,
        id: impl Into<String>,
    ) -> Result<types::Available, Error> {
        self.get_order_available_with_response(id).await.map(ResponseValue::into_inner)
    }

    /// [`Client::get_order_available`] with the response's status and headers.
    pub async fn get_order_available_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<ResponseValue<types::Available>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::get(
            "/orders/{id}/available",
            "get_order_available",
        );
        parts.path_param("id", &id)?;
        self.send_json_with_response(parts).await
    }

    /// Recalculate prices
    ///
    /// Recalculates the prices for the given order
    ///
    /// `POST /orders/{id}/recalculate_prices` (source: `source/includes/_orders.md:692`)
    pub async fn recalculate_order_prices(
        &self,
        id: impl Into<String>,
    ) -> Result<(), Error> {
        self.recalculate_order_prices_with_response(id)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::recalculate_order_prices`] with the response's status and headers.
    pub async fn recalculate_order_prices_with_response(
        &self,
        id: impl Into<String>,
    ) -> Result<ResponseValue<()>, Error> {
        let id: String = id.into();
        let mut parts = RequestParts::post(
            "/orders/{id}/recalculate_prices",
            "recalculate_order_prices",
        );
        parts.path_param("id", &id)?;
        self.send_unit_with_response(parts).await
    }

    /// Delete a planning
    ///
    /// Deletes a planning from an order.
    ///
    /// `DELETE /orders/{order_id}/plannings/{id}` (source: `source/includes/_planning.md:31`)
    pub async fn delete_order_planning(
        &self,
        order_id: impl Into<String>,
        id: impl Into<String>,
    ) -> Result<(), Error> {
        self.delete_order_planning_with_response(order_id, id)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::delete_order_planning`] with the response's status and headers.
    pub async fn delete_order_planning_with_response(
        &self,
        order_id: impl Into<String>,
        id: impl Into<String>,
    ) -> Result<ResponseValue<()>, Error> {
        let order_id: String = order_id.into();
        let id: String = id.into();
        let mut parts = RequestParts::delete(
            "/orders/{order_id}/plannings/{id}",
            "delete_order_planning",
        );
        parts.path_param("order_id", &order_id)?;
        parts.path_param("id", &id)?;
        self.send_unit_with_response(parts).await
    }

    /// Create a new line
    ///
    /// Creates a new line in an order with the provided details.
    ///
    /// `POST /orders/{order_id}/lines` (source: `source/includes/_lines.md:119`)
    pub async fn create_order_line(
        &self,
        order_id: impl Into<String>,
        body: types::CreateOrderLineRequest,
    ) -> Result<types::CreateOrderLineResponse, Error> {
        self.create_order_line_with_response(order_id, body)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::create_order_line`] with the response's status and headers.
    pub async fn create_order_line_with_response(
        &self,
        order_id: impl Into<String>,
        body: types::CreateOrderLineRequest,
    ) -> Result<ResponseValue<types::CreateOrderLineResponse>, Error> {
        let order_id: String = order_id.into();
        let mut parts = RequestParts::post(
            "/orders/{order_id}/lines",
            "create_order_line",
        );
        parts.path_param("order_id", &order_id)?;
        parts.json_body(&body)?;
        self.send_json_with_response(parts).await
    }

    /// Update a line
    ///
    /// `PUT /orders/{order_id}/lines/{id}` (source: `source/includes/_lines.md:148`)
    pub async fn update_order_line(
        &self,
        order_id: impl Into<String>,
        id: impl Into<String>,
        body: types::UpdateOrderLineRequest,
    ) -> Result<(), Error> {
        self.update_order_line_with_response(order_id, id, body)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::update_order_line`] with the response's status and headers.
    pub async fn update_order_line_with_response(
        &self,
        order_id: impl Into<String>,
        id: impl Into<String>,
        body: types::UpdateOrderLineRequest,
    ) -> Result<ResponseValue<()>, Error> {
        let order_id: String = order_id.into();
        let id: String = id.into();
        let mut parts = RequestParts::put(
            "/orders/{order_id}/lines/{id}",
            "update_order_line",
        );
        parts.path_param("order_id", &order_id)?;
        parts.path_param("id", &id)?;
        parts.json_body(&body)?;
        self.send_unit_with_response(parts).await
    }

    /// Remove a line
    ///
    /// Delete specified line
    ///
    /// `DELETE /orders/{order_id}/lines/{id}` (source: `source/includes/_lines.md:193`)
    pub async fn delete_order_line(
        &self,
        order_id: impl Into<String>,
        id: impl Into<String>,
    ) -> Result<(), Error> {
        self.delete_order_line_with_response(order_id, id)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::delete_order_line`] with the response's status and headers.
    pub async fn delete_order_line_with_response(
        &self,
        order_id: impl Into<String>,
        id: impl Into<String>,
    ) -> Result<ResponseValue<()>, Error> {
        let order_id: String = order_id.into();
        let id: String = id.into();
        let mut parts = RequestParts::delete(
            "/orders/{order_id}/lines/{id}",
            "delete_order_line",
        );
        parts.path_param("order_id", &order_id)?;
        parts.path_param("id", &id)?;
        self.send_unit_with_response(parts).await
    }

    /// Update a line
    ///
    /// `PATCH /orders/{order_id}/lines/{id}` (source: `source/includes/_lines.md:149`)
    pub async fn update_order_line_patch(
        &self,
        order_id: impl Into<String>,
        id: impl Into<String>,
        body: types::UpdateOrderLinePatchRequest,
    ) -> Result<(), Error> {
        self.update_order_line_patch_with_response(order_id, id, body)
            .await
            .map(ResponseValue::into_inner)
    }

    /// [`Client::update_order_line_patch`] with the response's status and headers.
    pub async fn update_order_line_patch_with_response(
        &self,
        order_id: impl Into<String>,
        id: impl Into<String>,
        body: types::UpdateOrderLinePatchRequest,
    ) -> Result<ResponseValue<()>, Error> {
        let order_id: String = order_id.into();
        let id: String = id.into();
        let mut parts = RequestParts::patch(
            "/orders/{order_id}/lines/{id}",
            "update_order_line_patch",
        );
        parts.path_param("order_id", &order_id)?;
        parts.path_param("id", &id)?;
        parts.json_body(&body)?;
        self.send_unit_with_response(parts).await
    }

    /// Update line positions
    ///
    /// Updates the order of lines in an order.
    ///
    /// Required in bold
    ///
    /// `POST /orders/{order_id}/lines/update_positions` (source: `source/includes/_lines.md:170`)
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

/// Request builder for [`Client::list_customers`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListCustomersRequest {
    client: Client,
    page: Option<i64>,
    per: Option<i64>,
}

impl ListCustomersRequest {
    /// Which page to display
    ///
    /// Default (the server's, when not sent): `1`.
    pub fn page(mut self, page: i64) -> Self {
        self.page = Some(page);
        self
    }

    /// If set it limits the number of customers per page
    pub fn per(mut self, per: i64) -> Self {
        self.per = Some(per);
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/customers", "list_customers");
        parts.add_query("page", self.page.as_ref());
        parts.add_query("per", self.per.as_ref());
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

/// Request builder for [`Client::list_product_groups`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListProductGroupsRequest {
    client: Client,
    page: Option<i64>,
    per: Option<i64>,
}

impl ListProductGroupsRequest {
    /// Which page to display
    ///
    /// Default (the server's, when not sent): `1`.
    pub fn page(mut self, page: i64) -> Self {
        self.page = Some(page);
        self
    }

    /// If set it limits the number of product groups per page
    pub fn per(mut self, per: i64) -> Self {
        self.per = Some(per);
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/product_groups", "list_product_groups");
        parts.add_query("page", self.page.as_ref());
        parts.add_query("per", self.per.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListProductGroupsResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListProductGroupsResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<
        Item = Result<types::ProductGroup, Error>,
    > + Send + 'static {
        let parts = self.parts();
        pagination::paginate(
            self.client,
            parts,
            pagination::Config {
                style: pagination::Style::Page {
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

/// Request builder for [`Client::get_product_availability`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetProductAvailabilityRequest {
    client: Client,
    product_id: String,
    from: Option<String>,
    till: Option<String>,
    interval: Option<String>,
}

impl GetProductAvailabilityRequest {
    /// Start date
    pub fn from(mut self, from: impl Into<String>) -> Self {
        self.from = Some(from.into());
        self
    }

    /// End date
    pub fn till(mut self, till: impl Into<String>) -> Self {
        self.till = Some(till.into());
        self
    }

    /// Specifies intervals to split up timeframe in
    pub fn interval(mut self, interval: impl Into<String>) -> Self {
        self.interval = Some(interval.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get(
            "/products/{product_id}/availability",
            "get_product_availability",
        );
        parts.path_param("product_id", &self.product_id)?;
        parts.add_query("from", self.from.as_ref());
        parts.add_query("till", self.till.as_ref());
        parts.add_query("interval", self.interval.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::Availability, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::Availability>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}

/// Request builder for [`Client::list_orders`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListOrdersRequest {
    client: Client,
    page: Option<i64>,
    per: Option<i64>,
    q: Option<String>,
}

impl ListOrdersRequest {
    /// Which page to display
    ///
    /// Default (the server's, when not sent): `1`.
    pub fn page(mut self, page: i64) -> Self {
        self.page = Some(page);
        self
    }

    /// If set it limits the number of orders per page
    pub fn per(mut self, per: i64) -> Self {
        self.per = Some(per);
        self
    }

    /// Allows to search orders for a term, for example `q=John` would return all orders where the term `John` shows up
    pub fn q(mut self, q: impl Into<String>) -> Self {
        self.q = Some(q.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::get("/orders", "list_orders");
        parts.add_query("page", self.page.as_ref());
        parts.add_query("per", self.per.as_ref());
        parts.add_query("q", self.q.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::ListOrdersResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::ListOrdersResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }

    /// Every item of every page, fetched lazily as the stream is polled.
    pub fn stream(
        self,
    ) -> impl futures::Stream<Item = Result<types::Order, Error>> + Send + 'static {
        let parts = self.parts();
        pagination::paginate(
            self.client,
            parts,
            pagination::Config {
                style: pagination::Style::Page {
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

/// Request builder for [`Client::revert_order`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RevertOrderRequest {
    client: Client,
    id: String,
    status: Option<String>,
}

impl RevertOrderRequest {
    /// Status to revert to
    pub fn status(mut self, status: impl Into<String>) -> Self {
        self.status = Some(status.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::post("/orders/{id}/revert", "revert_order");
        parts.path_param("id", &self.id)?;
        parts.add_query("status", self.status.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<types::RevertOrderResponse, Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> Result<ResponseValue<types::RevertOrderResponse>, Error> {
        let parts = self.parts()?;
        self.client.send_json_with_response(parts).await
    }
}

/// Request builder for [`Client::update_order_line_positions`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateOrderLinePositionsRequest {
    client: Client,
    order_id: String,
    ids: Option<String>,
}

impl UpdateOrderLinePositionsRequest {
    /// Line id, each line id needs it's own `ids[]` and their order determines the update positions
    pub fn ids(mut self, ids: impl Into<String>) -> Self {
        self.ids = Some(ids.into());
        self
    }

    fn parts(&self) -> Result<RequestParts, Error> {
        let mut parts = RequestParts::post(
            "/orders/{order_id}/lines/update_positions",
            "update_order_line_positions",
        );
        parts.path_param("order_id", &self.order_id)?;
        parts.add_query("ids[]", self.ids.as_ref());
        Ok(parts)
    }

    /// Sends the request.
    pub async fn send(self) -> Result<(), Error> {
        self.send_with_response().await.map(ResponseValue::into_inner)
    }

    /// Sends the request; the response comes with its status and headers.
    pub async fn send_with_response(self) -> Result<ResponseValue<()>, Error> {
        let parts = self.parts()?;
        self.client.send_unit_with_response(parts).await
    }
}
