package com.salesdiag.service.rawdata;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The salespeople, departments and products the raw files name. Where a KPI file lists them (salespeople.csv,
 * departments.csv, products.csv), a raw line naming one that file does not is refused, at its first row, unless
 * the mapping says {@code newSubjects,,add}; where no such file is sent, the raw files define them.
 */
final class Subjects {

    /** A salesperson as the raw files describe them; department null when no line names one. */
    static final class Person {
        String name;
        String departmentId;
        int departmentRow;
        String departmentFile;
        /** Where the raw files first name them: an error about them points there. */
        String file;
        int row;
        String column;
        /** Sorted when the facts are put together, not at each of a million lines. */
        final Set<String> productIds = new java.util.HashSet<>();
    }

    /** Where a name the KPI files do not know was first met. */
    record Unknown(String kind, String id, String file, int row, String column) {
    }

    final Map<String, Person> people = new LinkedHashMap<>();
    final Map<String, String> departments = new LinkedHashMap<>();
    final Map<String, String> products = new LinkedHashMap<>();
    final Map<String, Unknown> unknown = new LinkedHashMap<>();
    /** A salesperson the lines put in two departments while salespeople.csv does not say which is theirs. */
    final Map<String, String> twoDepartments = new LinkedHashMap<>();

    private final Known known;

    Subjects(Known known) {
        this.known = known;
    }

    /** What the KPI files list (null: that file was not sent), and whether the raw files may add to it. */
    record Known(Map<String, String> departmentOfSalesperson, Set<String> departments, Set<String> products,
                 boolean addNew) {
    }

    boolean salesperson(String id, String name, String departmentId, String file, int row, String column,
                        String departmentColumn) {
        if (known.departmentOfSalesperson() != null && !known.departmentOfSalesperson().containsKey(id)
                && !known.addNew()) {
            unknown.putIfAbsent("salesperson/" + id, new Unknown("salesperson", id, file, row, column));
            return false;
        }
        Person person = people.get(id);
        if (person == null) {
            person = new Person();
            person.file = file;
            person.row = row;
            person.column = column;
            people.put(id, person);
        }
        if (person.name == null) {
            person.name = name;
        }
        if (departmentId != null && !known(id)) {
            if (person.departmentId == null) {
                person.departmentId = departmentId;
                person.departmentRow = row;
                person.departmentFile = file;
            } else if (!person.departmentId.equals(departmentId)) {
                twoDepartments.putIfAbsent(id, person.departmentId + "|" + person.departmentFile + "|"
                        + person.departmentRow + "|" + departmentId + "|" + file + "|" + row + "|" + departmentColumn);
            }
        }
        return true;
    }

    boolean knownSalespeople() {
        return known.departmentOfSalesperson() != null;
    }

    /** The department of a salesperson salespeople.csv lists, else null. */
    String departmentOf(String salespersonId) {
        return known.departmentOfSalesperson() == null ? null : known.departmentOfSalesperson().get(salespersonId);
    }

    boolean department(String id, String file, int row, String column) {
        if (known.departments() != null && !known.departments().contains(id) && !known.addNew()) {
            unknown.putIfAbsent("department/" + id, new Unknown("department", id, file, row, column));
            return false;
        }
        departments.putIfAbsent(id, null);
        return true;
    }

    boolean product(String id, String name, String file, int row, String column) {
        if (known.products() != null && !known.products().contains(id) && !known.addNew()) {
            unknown.putIfAbsent("product/" + id, new Unknown("product", id, file, row, column));
            return false;
        }
        if (products.get(id) == null) {
            products.put(id, name);
        }
        return true;
    }

    private boolean known(String salespersonId) {
        return departmentOf(salespersonId) != null;
    }
}
