# Messages of the lists pages.
