# Messages of the overview pages.
