//! View-building that more than one handler uses: the handlers never
//! import each other, they share these.

pub mod career_schools;
pub mod cited;
pub mod city_table;
pub mod current;
pub mod education;
pub mod facts;
pub mod industries;
pub mod interests;
pub mod names;
pub mod outlook_csv;
pub mod path;
pub mod pay;
pub mod pay_csv;
pub mod profile;
pub mod programs;
pub mod programs_csv;
pub mod salary;
pub mod salary_csv;
pub mod school_list;
pub mod search_results;
pub mod sections;
pub mod training_csv;
