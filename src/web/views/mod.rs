//! View-building that more than one handler uses: the handlers never
//! import each other, they share these.

pub mod cited;
pub mod city_table;
pub mod current;
pub mod interests;
pub mod outlook_csv;
pub mod pay;
pub mod pay_csv;
pub mod programs;
pub mod programs_csv;
pub mod salary_csv;
pub mod school_list;
pub mod training_csv;
