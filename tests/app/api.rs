//! The JSON API and its OpenAPI document.

use serde_json::Value;

use crate::common::TestApp;

async fn json(app: &TestApp, uri: &str) -> (u16, Value, crate::common::Resp) {
    let r = app.get(uri).await;
    let v: Value = serde_json::from_str(&r.body)
        .unwrap_or_else(|e| panic!("{uri}: not JSON ({e}): {}", r.body));
    (r.status, v, r)
}

#[actix_web::test]
async fn the_api_serves_the_same_data_as_the_pages() {
    let app = TestApp::real();
    let (status, list, r) = json(&app, "/api/v1/careers").await;
    assert_eq!(status, 200);
    assert!(
        r.header("content-type")
            .unwrap()
            .starts_with("application/json")
    );
    assert_eq!(r.header("access-control-allow-origin"), Some("*"));
    // Every projected occupation is a career, in pages of 50 by title.
    let projected = crate::common::data_rows("bls-projections-2024-2034/occupations.csv").len();
    assert_eq!(list["total"], projected);
    assert_eq!(list["pages"], projected.div_ceil(50));
    assert_eq!(list["careers"].as_array().unwrap().len(), 50);
    assert_eq!(list["careers"][0]["slug"], "accountants-and-auditors");
    assert_eq!(
        list["careers"][0]["api_url"],
        "http://careers.example/api/v1/careers/accountants-and-auditors"
    );

    let (status, c, _) = json(&app, "/api/v1/careers/medical-coder").await;
    assert_eq!(status, 200);
    assert_eq!(c["title"], "Medical Coder");
    assert_eq!(c["schools"].as_array().unwrap().len(), 12);
    assert_eq!(c["projections"].as_array().unwrap().len(), 5);
    assert_eq!(c["salary_by_city"].as_array().unwrap().len(), 22);
    assert_eq!(c["certifications"].as_array().unwrap().len(), 7);
    let may_2018 = c["salary_medians"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["amount"] == 40350)
        .unwrap();
    assert_eq!(may_2018["date"]["period"], "May 2018");
    let source = may_2018["source"].as_str().unwrap();
    let cited = c["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == source)
        .unwrap();
    assert_eq!(cited["publisher"], "U.S. Bureau of Labor Statistics");
    let seattle = c["salary_by_city"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["label"] == "Seattle, Washington, 5 years of experience")
        .unwrap();
    assert_eq!(seattle["amount"], 56000);
    assert_eq!(seattle["date"]["year_estimated"], true);

    let (status, s, _) = json(&app, "/api/v1/schools?town=bridgeport&state=CT").await;
    assert_eq!(status, 200);
    assert_eq!(s["total"], 3);
    assert_eq!(s["schools"][0]["careers"][0], "medical-coder");
}

#[actix_web::test]
async fn api_errors_are_json_with_the_right_status() {
    let app = TestApp::real();
    for (uri, status, says) in [
        ("/api/v1/careers/astronaut", 404, "no career called"),
        ("/api/v1/careers?page=0", 400, "not a page number"),
        ("/api/v1/careers?page=99", 404, "no page 99"),
        ("/api/v1/schools?state=Connecticut", 400, "not a state"),
        ("/api/v1/schools?town=a%01", 400, "control characters"),
        ("/api/v1/nothing", 404, "no such API address"),
    ] {
        let (got, v, r) = json(&app, uri).await;
        assert_eq!(got, status, "{uri}");
        assert_eq!(v["status"], status, "{uri}");
        assert!(v["error"].as_str().unwrap().contains(says), "{uri}: {v}");
        assert!(
            r.header("content-type")
                .unwrap()
                .starts_with("application/json")
                || status == 400,
            "{uri}"
        );
    }
}

#[actix_web::test]
async fn the_openapi_document_matches_what_answers() {
    let app = TestApp::real();
    let (status, doc, _) = json(&app, "/api/v1/openapi.json").await;
    assert_eq!(status, 200);
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    assert_eq!(doc["info"]["title"], "Career Guide API");
    let paths = doc["paths"].as_object().unwrap();
    assert_eq!(paths.len(), 6, "{:?}", paths.keys().collect::<Vec<_>>());
    let schemas = doc["components"]["schemas"].as_object().unwrap();
    for (path, item) in paths {
        let uri = path
            .replace("{slug}", "medical-coder")
            .replace("{id}", "129367");
        let (got, body, _) = json(&app, &uri).await;
        assert_eq!(got, 200, "{uri}");
        // Every property the schema of the 200 answer requires is there.
        let schema_ref =
            item["get"]["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
                .as_str();
        if let Some(r) = schema_ref {
            let name = r.trim_start_matches("#/components/schemas/");
            let schema = &schemas[name];
            for field in schema["required"].as_array().into_iter().flatten() {
                let field = field.as_str().unwrap();
                assert!(
                    body.get(field).is_some(),
                    "{uri}: {name}.{field} missing from the answer"
                );
            }
            for key in body.as_object().unwrap().keys() {
                assert!(
                    schema["properties"].get(key).is_some(),
                    "{uri}: {key} is not in {name}"
                );
            }
        }
        // Every $ref points to a schema that exists.
        let text = serde_json::to_string(&doc).unwrap();
        for piece in text.split("#/components/schemas/").skip(1) {
            let name: String = piece
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            assert!(schemas.contains_key(&name), "dangling $ref {name}");
        }
    }
}
