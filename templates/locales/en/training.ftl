# Messages of the training pages.
