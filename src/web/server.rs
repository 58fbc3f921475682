//! The application (routes, middleware, state) and the HTTP server.

use std::net::TcpListener;

use actix_web::dev::Server;
use actix_web::middleware::{Compress, ErrorHandlers, from_fn};
use actix_web::{App, HttpServer, web};

use crate::web::state::AppState;
use crate::web::{configure, error_page, request_id, shield};

/// The whole application: routes, request checks, error pages,
/// compression, security headers, request ids and the access log. Used by
/// the server and the tests.
pub fn app(
    state: AppState,
    behind_tls: bool,
) -> App<
    impl actix_web::dev::ServiceFactory<
        actix_web::dev::ServiceRequest,
        Config = (),
        Response = actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    App::new()
        .app_data(web::Data::new(state))
        .configure(configure)
        .wrap(from_fn(shield::reject_bad_requests))
        .wrap(ErrorHandlers::new().default_handler(error_page::render))
        .wrap(Compress::default())
        .wrap(shield::security_headers(behind_tls))
        .wrap(from_fn(request_id::access_log))
}

/// Server settings that are not about the site itself.
#[derive(Debug, Clone, Copy)]
pub struct ServerOptions {
    /// Worker threads (default: one per core).
    pub workers: Option<usize>,
    /// Send Strict-Transport-Security.
    pub behind_tls: bool,
}

/// Binds `listener` and returns the server, ready to be awaited. A client
/// gets 5 s to send its request head and 15 s of idle keep-alive; on
/// SIGTERM or SIGINT the server stops accepting, lets requests in flight
/// finish for up to 10 s, then exits. Responses go out without Nagle's
/// delay (TCP_NODELAY, as nginx does on kept-alive connections): a body
/// written after its head would otherwise wait for the client's delayed
/// ACK, about 40 ms.
pub fn server(
    listener: TcpListener,
    state: AppState,
    options: ServerOptions,
) -> std::io::Result<Server> {
    let mut server = HttpServer::new(move || app(state.clone(), options.behind_tls))
        .client_request_timeout(std::time::Duration::from_secs(5))
        .client_disconnect_timeout(std::time::Duration::from_secs(1))
        .keep_alive(std::time::Duration::from_secs(15))
        .shutdown_timeout(10)
        .tcp_nodelay(true)
        .listen(listener)?;
    if let Some(n) = options.workers {
        server = server.workers(n.max(1));
    }
    Ok(server.run())
}
