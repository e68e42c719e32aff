enum ReviewServicePlaceholder {}
