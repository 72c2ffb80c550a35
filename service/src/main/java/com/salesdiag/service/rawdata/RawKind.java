package com.salesdiag.service.rawdata;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The raw files the service aggregates, and the fields it reads from each. A file's header names the fields, in
 * the product's words ({@code orderDate}) or in the usual words of exports ({@code Order Date}, {@code order_date},
 * {@code Sales Rep}: case, spaces and punctuation are ignored); a mapping file names any other column. Columns that
 * name no field are left aside (exports carry many) and listed in the answer.
 */
public enum RawKind {

    ORDER_LINES("orderLines", List.of(
            field("orderId", true, "orderid", "ordernumber", "orderno", "order", "numeroordine", "nordine", "ordine"),
            field("orderDate", true, "orderdate", "date", "dataordine", "data"),
            field("salespersonId", true, "salespersonid", "salesperson", "salesrep", "rep", "employeeid", "employee",
                    "seller", "owner", "venditore", "agente", "commerciale"),
            field("salespersonName", false, "salespersonname", "repname", "employeename", "sellername", "nomevenditore", "nomeagente"),
            field("customerId", false, "customerid", "customer", "account", "accountid", "cliente", "codicecliente"),
            field("departmentId", false, "departmentid", "department", "region", "team", "salesregion", "reparto", "area", "zona", "regione"),
            field("productId", true, "productid", "product", "sku", "item", "itemid", "prodotto", "articolo", "codicearticolo", "codiceprodotto"),
            field("productName", false, "productname", "itemname", "nomeprodotto", "descrizionearticolo", "descrizione"),
            field("quantity", true, "quantity", "qty", "quantità", "quantita", "qta", "qtà"),
            field("unitPrice", true, "unitprice", "price", "prezzo", "prezzounitario"),
            field("discount", false, "discount", "sconto"),
            field("requiredDate", false, "requireddate", "duedate", "promiseddate", "datarichiesta", "dataprevista", "dataconsegnaprevista"),
            field("shippedDate", false, "shippeddate", "shipdate", "deliverydate", "delivereddate", "dataspedizione", "dataconsegna"))),

    OPPORTUNITIES("opportunities", List.of(
            field("opportunityId", true, "opportunityid", "opportunity", "dealid", "id", "opportunità", "trattativa", "idtrattativa"),
            field("salespersonId", true, "salespersonid", "salesperson", "salesrep", "rep", "owner", "ownerid",
                    "employeeid", "employee", "seller", "venditore", "agente", "commerciale"),
            field("salespersonName", false, "salespersonname", "repname", "ownername", "employeename", "nomevenditore"),
            field("departmentId", false, "departmentid", "department", "region", "team", "reparto", "area", "zona"),
            field("closeDate", false, "closedate", "closed", "closingdate", "date", "datachiusura", "data"),
            field("amount", false, "amount", "value", "dealvalue", "importo", "valore"),
            field("outcome", true, "outcome", "stage", "status", "result", "wonlost", "esito", "stato", "fase"),
            field("lossReason", false, "lossreason", "reasonlost", "lostreason", "reason", "motivoperdita", "motivo")));

    /** A field of a raw file; {@code aliases} are header names in {@link #normal} form. */
    public record Field(String name, boolean required, List<String> aliases) {
    }

    private final String part;
    private final List<Field> fields;

    RawKind(String part, List<Field> fields) {
        this.part = part;
        this.fields = fields;
    }

    public String part() {
        return part;
    }

    public List<Field> fields() {
        return fields;
    }

    public static Optional<RawKind> ofPart(String part) {
        return Arrays.stream(values()).filter(k -> k.part.equals(part)).findFirst();
    }

    Optional<Field> field(String name) {
        return fields.stream().filter(f -> f.name.equalsIgnoreCase(name)).findFirst();
    }

    Optional<Field> byHeader(String header) {
        String normal = normal(header);
        return fields.stream().filter(f -> f.aliases.contains(normal)).findFirst();
    }

    List<String> fieldNames() {
        return fields.stream().map(Field::name).toList();
    }

    /** A header or a word as it is compared: lower case, letters and digits only ("Order Date" is "orderdate"). */
    static String normal(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder normal = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(normal::appendCodePoint);
        return normal.toString();
    }

    private static Field field(String name, boolean required, String... aliases) {
        return new Field(name, required, List.of(aliases));
    }
}
