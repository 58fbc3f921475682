//! View-building that more than one handler uses: the handlers never
//! import each other, they share these.

pub mod career_schools;
pub mod cited;
pub mod city_table;
pub mod current;
pub mod education;
pub mod facts;
pub mod interests;
pub mod names;
pub mod pay;
pub mod programs;
pub mod salary;
pub mod school_list;
pub mod sections;
