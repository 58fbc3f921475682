//! `/healthz`, for load balancers.

use actix_web::{HttpResponse, web};

use crate::web::error::AppResult;
use crate::web::state::AppState;

/// Answers 200 `ok` when the database can be queried.
pub async fn healthz(state: web::Data<AppState>) -> AppResult<HttpResponse> {
    state
        .db(|conn| conn.query_row("SELECT count(*) FROM career", [], |r| r.get::<_, i64>(0)))
        .await?;
    Ok(HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .insert_header(("Cache-Control", "no-store"))
        .body("ok\n"))
}
