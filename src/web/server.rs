//! The application (routes, middleware, state) and the HTTP server.

use std::net::TcpListener;

use actix_web::dev::Server;
use std::rc::Rc;

use actix_web::middleware::from_fn;
use actix_web::{App, HttpServer, web};

use crate::web::shield::SecurityHeaders;
use crate::web::state::AppState;
use crate::web::{configure, request_id};

/// The whole application: routes, then one middleware for request
/// checks, error pages, compression of what is not compressed yet,
/// security headers, request ids and the access log (`request_id::front`).
/// Used by the server and the tests.
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
    let front = Rc::new(request_id::Front {
        headers: SecurityHeaders::new(behind_tls),
        log: state.access_log().clone(),
    });
    App::new()
        .app_data(web::Data::new(state))
        .configure(configure)
        .wrap(from_fn(move |req, next| {
            request_id::front(front.clone(), req, next)
        }))
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
