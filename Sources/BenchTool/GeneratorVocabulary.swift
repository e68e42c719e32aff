/// Names the generated project is made of: aggregates of a multi-tenant booking and retail platform.
enum GeneratorVocabulary {
    static let nouns = [
        "Booking", "Service", "Customer", "Invoice", "Payment", "StaffMember", "Schedule", "Appointment",
        "Product", "Order", "Campaign", "Coupon", "Review", "Notification", "Subscription", "Plan",
        "Location", "Room", "Resource", "Shift", "Availability", "WaitlistEntry", "Membership",
        "ServicePackage", "GiftCard", "Refund", "Discount", "Category", "Tag", "Note", "Message",
        "Conversation", "Document", "Attachment", "Report", "AuditEntry", "Setting", "Webhook",
        "Integration", "Calendar", "Holiday", "Commission", "Payout", "Expense", "Supplier",
        "InventoryItem", "Shipment", "Ticket", "Survey", "Lead", "Contact", "Pipeline", "Task",
        "Reminder", "MessageTemplate", "Voucher", "LoyaltyAccount", "Referral", "PriceList", "TaxRate",
    ]

    /// Prefixes that turn the base nouns into new aggregates once they are used up (large projects).
    static let prefixes = [
        "Clinic", "Salon", "Spa", "Fleet", "Store", "Studio", "Gym", "Partner", "Vendor", "Event",
        "Course", "Academy", "Venue", "Rental", "Repair", "Delivery", "Marketplace", "Franchise",
        "Warehouse", "Kiosk", "Mobile", "Online", "Corporate", "Regional", "Seasonal", "Premium",
    ]

    static let statuses = ["draft", "pending", "confirmed", "active", "cancelled", "completed", "archived"]

    /// The optional fields an aggregate draws from; every aggregate also has id, business_id and timestamps.
    static let fields: [GeneratorField] = [
        .init("name", .string(255)), .init("description", .text, optional: true),
        .init("status", .string(32)), .init("starts_at", .datetime), .init("ends_at", .datetime),
        .init("price_cents", .int), .init("quantity", .int), .init("is_active", .bool),
        .init("email", .string(320)), .init("phone", .string(32), optional: true),
        .init("notes", .text, optional: true), .init("priority", .int), .init("currency", .string(3)),
        .init("external_ref", .string(128), optional: true), .init("customer_id", .uuid),
        .init("staff_id", .uuid, optional: true), .init("location_id", .uuid, optional: true),
        .init("duration_minutes", .int), .init("capacity", .int), .init("color", .string(16), optional: true),
        .init("timezone", .string(64)), .init("rating", .int, optional: true), .init("discount_percent", .int),
        .init("expires_at", .datetime, optional: true), .init("sort_order", .int), .init("slug", .string(128)),
        .init("is_public", .bool), .init("reference_code", .string(64)), .init("max_attendees", .int),
        .init("confirmed_at", .datetime, optional: true),
    ]

    /// Secrets that look real enough for a scanner; they are random hex, never real credentials.
    static let secretNames = ["SECRET_KEY", "JWT_SECRET", "STRIPE_API_TOKEN", "DB_PASSWORD", "WEBHOOK_SECRET"]
    static let secretKeywords = ["api_token", "password", "client_secret", "auth_token"]
}

/// One column of an aggregate, with its spelling in every layer.
struct GeneratorField {
    enum Kind {
        case string(Int), text, int, bool, uuid, datetime
    }

    let name: String
    let kind: Kind
    let optional: Bool

    init(_ name: String, _ kind: Kind, optional: Bool = false) {
        self.name = name
        self.kind = kind
        self.optional = optional
    }

    var pythonType: String {
        let base: String
        switch kind {
        case .string, .text: base = "str"
        case .int: base = "int"
        case .bool: base = "bool"
        case .uuid: base = "UUID"
        case .datetime: base = "datetime"
        }
        return optional ? base + " | None" : base
    }

    /// The SQLAlchemy column type, as written in `mapped_column(...)`.
    var sqlalchemyType: String {
        switch kind {
        case .string(let n): return "String(\(n))"
        case .text: return "Text"
        case .int: return "Integer"
        case .bool: return "Boolean"
        case .uuid: return "PGUUID(as_uuid=True)"
        case .datetime: return "DateTime(timezone=True)"
        }
    }

    /// The Alembic column type, as written in `sa.Column(...)`.
    var alembicType: String {
        switch kind {
        case .string(let n): return "sa.String(length=\(n))"
        case .text: return "sa.Text()"
        case .int: return "sa.Integer()"
        case .bool: return "sa.Boolean()"
        case .uuid: return "postgresql.UUID(as_uuid=True)"
        case .datetime: return "sa.DateTime(timezone=True)"
        }
    }

    /// A literal value for tests and examples.
    var sample: String {
        switch kind {
        case .string(let n): return n <= 3 ? "\"ARS\"" : "\"sample-\(name.replacingOccurrences(of: "_", with: "-"))\""
        case .text: return "\"Lorem ipsum for \(name)\""
        case .int: return "3"
        case .bool: return "True"
        case .uuid: return "uuid4()"
        case .datetime: return "datetime(2026, 1, 9, 12, 0, tzinfo=timezone.utc)"
        }
    }
}
