enum HostClientsPlaceholder {}
