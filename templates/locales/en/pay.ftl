# Messages of the pay pages.
