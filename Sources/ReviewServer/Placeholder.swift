enum ReviewServerPlaceholder {}
