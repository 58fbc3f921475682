//! `/institutions/{unitid}`: a College Scorecard institution, its programs
//! with what their graduates earn and owe, and the careers each prepares
//! for; an institution that merged says what it is part of now.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use crate::db::read;
use crate::db::read::{InstitutionDetail, Source};
use crate::domain::Lang;
use crate::domain::sources::{CROSSWALK, SCORECARD};
use crate::web::error::{AppError, AppResult};
use crate::web::format;
use crate::web::i18n::Tr;
use crate::web::page::{CitedSource, Citer, PageMeta};
use crate::web::state::AppState;
use crate::web::urls;
use crate::web::views::programs::{InstitutionGroup, control_words_in, institution_groups};

/// The institution page.
#[derive(Template)]
#[template(path = "institution.html")]
pub struct InstitutionPage {
    /// Page head.
    pub meta: PageMeta,
    /// Name.
    pub name: String,
    /// State name, if the Scorecard lists it in one.
    pub state: Option<String>,
    /// Who runs it.
    pub control: String,
    /// Unit id and federal aid identifier.
    pub ids: (String, String),
    /// What it merged into: (address, name).
    pub merged_into: Option<(String, String)>,
    /// What merged into it: (address, name).
    pub merged_here: Vec<(String, String)>,
    /// Programs by credential.
    pub groups: Vec<InstitutionGroup>,
    /// Number of programs.
    pub programs: usize,
    /// Source numbers of the Scorecard and the crosswalk.
    pub cites: (usize, usize),
    /// Sources.
    pub sources: Vec<CitedSource>,
}

/// Shows an institution.
pub async fn institution(
    req: HttpRequest,
    lang: Lang,
    state: web::Data<AppState>,
    unitid: web::Path<String>,
) -> AppResult<HttpResponse> {
    let address = urls::institution(lang, &unitid);
    state
        .cached(&req, address.clone(), async {
            let key = unitid.to_string();
            let (found, sources) = state
                .db_in(lang, move |c| Ok((read::institution(c, &key)?, read::sources_by_id(c, &[SCORECARD, CROSSWALK])?)))
                .await?;
            let Some(found) = found else {
                return Err(AppError::NotFound(format!(
                    "The College Scorecard has no institution numbered “{}”. Institutions are linked from the programs on each career's training page.",
                    unitid.chars().take(20).collect::<String>()
                )));
            };
            Ok(InstitutionPage::new(&state, lang, &found, &sources, &address).render()?)
        })
        .await
}

impl InstitutionPage {
    fn new(
        state: &AppState,
        lang: Lang,
        i: &InstitutionDetail,
        sources: &[Source],
        address: &str,
    ) -> Self {
        let mut citer = Citer::new(lang, sources);
        let cites = (citer.cite(SCORECARD), citer.cite(CROSSWALK));
        let state_name = i
            .state
            .as_deref()
            .map(|s| format::state_name(s).to_string());
        let tr = Tr::new(lang);
        let description = match &state_name {
            Some(s) => tr.t2("tr-inst-description", "name", &i.name, "state", s),
            None => tr.t1("tr-inst-description-closed", "name", &i.name),
        };
        let link = |(id, name): &(String, String)| (urls::institution(lang, id), name.clone());
        Self {
            meta: state.meta(i.name.clone(), description, address),
            name: i.name.clone(),
            state: state_name,
            control: control_words_in(tr, i.control),
            ids: (i.unitid.clone(), i.opeid6.clone()),
            merged_into: i.merged_into.as_ref().map(link),
            merged_here: i.merged_here.iter().map(link).collect(),
            groups: institution_groups(lang, &i.programs),
            programs: i.programs.len(),
            cites,
            sources: citer.finish(),
        }
    }
}
