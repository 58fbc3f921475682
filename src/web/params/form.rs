//! The one way a query string is read: [`Params`], an extractor generic
//! over the [`Form`] each page's parameters implement.
//!
//! The extractor reads the whole form ([`Form::check`]), checks what only
//! the data can tell ([`Form::confirm`]), and when anything is wrong
//! answers for the handler with the site's 400 page naming the first bad
//! parameter (JSON under `/api/`). A page that answers a bad form with
//! its own page, filled in as typed and naming every bad value, takes
//! [`Checked`] instead and confirms the form itself.

use std::future::Future;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::StatusCode;
use actix_web::{FromRequest, HttpRequest, HttpResponse, web};
use serde::de::DeserializeOwned;

use crate::domain::Lang;
use crate::web::error::{AppError, AppResult};
use crate::web::i18n::Tr;
use crate::web::state::AppState;

/// A page's query parameters, read and checked before the handler runs.
#[derive(Debug)]
pub struct Params<T>(pub T);

/// A request's query string (and its address's named segments), as it
/// came.
#[derive(Debug, Clone, Copy)]
pub struct RawQuery<'a> {
    query: &'a str,
    req: Option<&'a HttpRequest>,
}

impl<'a> RawQuery<'a> {
    /// A query string (without the `?`) on its own.
    pub fn new(query: &'a str) -> Self {
        Self { query, req: None }
    }

    /// The query string of `req`.
    pub fn of(req: &'a HttpRequest) -> Self {
        Self {
            query: req.query_string(),
            req: Some(req),
        }
    }

    /// The (name, value) pairs, decoded, in order.
    pub fn pairs(&self) -> form_urlencoded::Parse<'a> {
        form_urlencoded::parse(self.query.as_bytes())
    }

    /// The segment `name` of the request's address (`{table}`), if any.
    pub fn segment(&self, name: &str) -> Option<&'a str> {
        self.req.and_then(|r| r.match_info().get(name))
    }

    /// Deserialises a parameter struct (serde, through
    /// `serde_path_to_error` so a failure knows which parameter it was).
    pub fn deserialize<T: DeserializeOwned>(&self) -> AppResult<T> {
        let de = serde_urlencoded::Deserializer::new(self.pairs());
        serde_path_to_error::deserialize(de).map_err(|e| {
            let name = match e.path().to_string() {
                path if path == "." => "the query string".to_string(),
                path => path,
            };
            AppError::BadParam {
                name,
                message: e.into_inner().to_string(),
            }
        })
    }
}

/// A value of a [`Message`]: text as typed, or another message (an
/// interest area's name, a hint) said in the page's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MessageValue {
    /// Text, as it is.
    Text(String),
    /// The message with this id.
    Message(&'static str),
}

/// What is wrong with a parameter, said when the page's language is
/// known: a message of the interface (`ls-error-*`) and its values, or a
/// sentence already in English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// A sentence in English.
    Said(String),
    /// The message `id` with its named values.
    Id(&'static str, Vec<(&'static str, MessageValue)>),
}

impl Message {
    /// The message `id`, without values yet.
    pub fn new(id: &'static str) -> Self {
        Self::Id(id, Vec::new())
    }

    /// The same with the text `value` named `name`.
    pub fn text(self, name: &'static str, value: impl Into<String>) -> Self {
        self.value(name, MessageValue::Text(value.into()))
    }

    /// The same with the message `id` (said in the page's language) named
    /// `name`.
    pub fn message(self, name: &'static str, id: &'static str) -> Self {
        self.value(name, MessageValue::Message(id))
    }

    fn value(self, name: &'static str, value: MessageValue) -> Self {
        match self {
            Self::Id(id, mut values) => {
                values.push((name, value));
                Self::Id(id, values)
            }
            said => said,
        }
    }

    /// The message in the words of `tr`'s language.
    pub fn in_words(&self, tr: Tr) -> String {
        let (id, values) = match self {
            Self::Said(text) => return text.clone(),
            Self::Id(id, values) => (*id, values),
        };
        let values: Vec<(&str, String)> = values
            .iter()
            .map(|(k, v)| match v {
                MessageValue::Text(t) => (*k, t.clone()),
                MessageValue::Message(m) => (*k, tr.t(m)),
            })
            .collect();
        match values.as_slice() {
            [] => tr.t(id),
            [(k, v)] => tr.t1(id, k, v),
            [(k1, v1), (k2, v2)] => tr.t2(id, k1, v1, k2, v2),
            [(k1, v1), (k2, v2), (k3, v3), ..] => tr.t3(id, k1, v1, k2, v2, k3, v3),
        }
    }

    /// The message in English (the site's error pages and JSON).
    pub fn english(&self) -> String {
        self.in_words(Tr::new(Lang::En))
    }
}

impl From<String> for Message {
    fn from(text: String) -> Self {
        Self::Said(text)
    }
}

/// Every bad parameter of a form: its name and what is wrong, in the
/// order found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormErrors(Vec<(&'static str, Message)>);

impl FormErrors {
    /// Notes that `name` is wrong, and why.
    pub fn push(&mut self, name: &'static str, message: impl Into<Message>) {
        self.0.push((name, message.into()));
    }

    /// True when nothing is wrong.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Each (name, what is wrong) in English.
    pub fn into_vec(self) -> Vec<(&'static str, String)> {
        self.in_words(Tr::new(Lang::En))
    }

    /// Each (name, what is wrong) in the words of `tr`'s language, for a
    /// page that lists them.
    pub fn in_words(&self, tr: Tr) -> Vec<(&'static str, String)> {
        self.0
            .iter()
            .map(|(name, message)| (*name, message.in_words(tr)))
            .collect()
    }

    /// The first, as the error the site's 400 page (or JSON) shows.
    pub fn into_error(self) -> AppError {
        match self.0.into_iter().next() {
            Some((name, message)) => AppError::BadParam {
                name: name.to_string(),
                message: message.english(),
            },
            None => AppError::BadRequest("The address is not right.".to_string()),
        }
    }
}

/// A page's parameters: how they are read, checked and, when wrong,
/// answered.
pub trait Form: Sized + 'static {
    /// Reads the whole query: the form as far as it could be read, with
    /// every bad value noted. An error is a query that cannot be read at
    /// all, answered by the site's error page.
    fn check(raw: &RawQuery) -> AppResult<(Self, FormErrors)>;

    /// Checks what only the data can tell (that a group exists), noting
    /// more bad values. Most forms need nothing.
    fn confirm(
        &mut self,
        _state: &AppState,
        _errors: &mut FormErrors,
    ) -> impl Future<Output = AppResult<()>> {
        std::future::ready(Ok(()))
    }
}

/// Forms read whole by serde, whose bad value is the site's 400 page.
macro_rules! serde_forms {
    ($($form:ty),+ $(,)?) => {
        $(impl $crate::web::params::Form for $form {
            fn check(
                raw: &$crate::web::params::RawQuery,
            ) -> $crate::web::error::AppResult<(Self, $crate::web::params::FormErrors)> {
                Ok((raw.deserialize()?, $crate::web::params::FormErrors::default()))
            }
        })+
    };
}
pub(crate) use serde_forms;

/// A form's own page answering 400, filled in as typed.
pub fn bad_form_page(html: String) -> HttpResponse {
    HttpResponse::build(StatusCode::BAD_REQUEST)
        .content_type("text/html; charset=utf-8")
        .body(html)
}

/// A form read and checked as typed, not yet confirmed against the data:
/// a handler whose pages are kept can answer a kept page first, since only
/// valid pages are kept, and confirm only on a miss.
pub struct Checked<T> {
    form: T,
    errors: FormErrors,
    state: web::Data<AppState>,
}

impl<T: Form> Checked<T> {
    /// Reads and checks `T` from `req`.
    fn read(req: &HttpRequest) -> Result<Self, actix_web::Error> {
        let (form, errors) = T::check(&RawQuery::of(req))?;
        let state = req
            .app_data::<web::Data<AppState>>()
            .cloned()
            .ok_or_else(|| AppError::internal("reading a form", "no application state"))?;
        Ok(Self {
            form,
            errors,
            state,
        })
    }

    /// The form, when nothing was wrong with it as typed.
    pub fn as_typed(&self) -> Option<&T> {
        self.errors.is_empty().then_some(&self.form)
    }

    /// Confirms the form against the data: the form when all is well,
    /// else the form as typed with every bad value, for a handler that
    /// answers with the form's own page, filled in.
    pub async fn confirm(self) -> AppResult<Result<T, (T, FormErrors)>> {
        let Self {
            mut form,
            mut errors,
            state,
        } = self;
        form.confirm(&state, &mut errors).await?;
        Ok(if errors.is_empty() {
            Ok(form)
        } else {
            Err((form, errors))
        })
    }
}

impl<T: Form> FromRequest for Checked<T> {
    type Error = actix_web::Error;
    type Future = std::future::Ready<Result<Self, actix_web::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        std::future::ready(Self::read(req))
    }
}

/// Reads, checks and confirms `T` from `req`; a bad value is the site's
/// 400 page naming the first (JSON under `/api/`).
async fn read<T: Form>(req: HttpRequest) -> Result<T, actix_web::Error> {
    match Checked::<T>::read(&req)?.confirm().await? {
        Ok(form) => Ok(form),
        Err((_, errors)) => Err(errors.into_error().into()),
    }
}

impl<T: Form> FromRequest for Params<T> {
    type Error = actix_web::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self, actix_web::Error>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move { read::<T>(req).await.map(Params) })
    }
}
