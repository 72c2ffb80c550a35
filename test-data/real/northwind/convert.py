#!/usr/bin/env python3
"""Turns the INSERT rows of the Northwind SQL dump (PostgreSQL port, Ms-PL) into the files of this folder.

Usage: python3 convert.py PATH/TO/northwind.sql

It writes what a Northwind user would export, not figures the product computes:
  orderLines.csv  one row per order line, joined with its order (dates, employee, customer) and the sales region
                  of the employee (employee -> territories -> region), columns named as Northwind names them;
  goals.csv       a goals sheet: for each salesperson, region and the company, each quarter's goal is the
                  revenue of the same quarter of the previous year + 5 % (quarters with a whole previous quarter);
  company.csv     the company and the quarter diagnosed.
Unit prices carry the dump's float noise (9.80000019); they are rounded to the cent, as the invoices were.
"""
import collections
import csv
import re
import sys

ROW = re.compile(r"^INSERT INTO (\w+) VALUES \((.*)\);$")
DIAGNOSED = "1997-Q4"


def values(text):
    """The values of one INSERT row: numbers and NULL as text or None, quoted strings unquoted ('' is ')."""
    out, i, n = [], 0, len(text)
    while i < n:
        if text[i] == "'":
            j, buf = i + 1, []
            while True:
                if text[j] == "'" and j + 1 < n and text[j + 1] == "'":
                    buf.append("'"); j += 2
                elif text[j] == "'":
                    break
                else:
                    buf.append(text[j]); j += 1
            out.append("".join(buf)); i = j + 1
        else:
            j = text.find(",", i)
            j = n if j < 0 else j
            token = text[i:j].strip()
            out.append(None if token == "NULL" else token); i = j
        while i < n and text[i] in ", ":
            i += 1
    return out


def tables(path):
    rows = collections.defaultdict(list)
    with open(path, encoding="utf-8") as sql:
        for line in sql:
            m = ROW.match(line.strip())
            if m:
                rows[m.group(1)].append(values(m.group(2)))
    return rows


def quarter(day):
    return f"{day[:4]}-Q{(int(day[5:7]) - 1) // 3 + 1}"


def main(path):
    t = tables(path)
    region_name = {r[0]: r[1].strip() for r in t["region"]}
    territory_region = {r[0]: r[2] for r in t["territories"]}
    employee_regions = collections.defaultdict(set)
    for employee, territory in t["employee_territories"]:
        employee_regions[employee].add(region_name[territory_region[territory]])
    assert all(len(r) == 1 for r in employee_regions.values()), "an employee in two regions"
    employees = {e[0]: (f"{e[2]} {e[1]}", employee_regions[e[0]].pop()) for e in t["employees"]}
    products = {p[0]: p[1] for p in t["products"]}
    orders = {o[0]: o for o in t["orders"]}
    revenue = collections.defaultdict(float)
    with open("orderLines.csv", "w", newline="", encoding="utf-8") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["OrderID", "OrderDate", "EmployeeID", "EmployeeName", "CustomerID", "Region", "ProductID",
                    "ProductName", "UnitPrice", "Quantity", "Discount", "RequiredDate", "ShippedDate", "ShipCountry",
                    "Freight"])
        for order_id, product_id, unit_price, quantity, discount in t["order_details"]:
            o = orders[order_id]
            name, region = employees[o[2]]
            price = round(float(unit_price), 2)
            disc = round(float(discount), 2)
            w.writerow([order_id, o[3], o[2], name, o[1], region, product_id, products[product_id], f"{price:.2f}",
                        quantity, f"{disc:g}", o[4] or "", o[5] or "", o[13] or "", o[7]])
            line = price * int(quantity) * (1 - disc)
            for subject in (("SALESPERSON", o[2]), ("DEPARTMENT", region), ("COMPANY", "northwind")):
                revenue[(subject, quarter(o[3]))] += line
    with open("goals.csv", "w", newline="", encoding="utf-8") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["level", "subjectId", "period", "target"])
        # The first order is of 4 July 1996: 1996-Q3 is (nearly) whole, so goals start with 1997-Q3.
        for (subject, period), amount in sorted(revenue.items(), key=lambda kv: (kv[0][1], kv[0][0])):
            following = f"{int(period[:4]) + 1}{period[4:]}"
            if following <= "1998-Q2" and period >= "1996-Q3":
                w.writerow([subject[0], subject[1], following, f"{round(amount * 1.05)}"])
    with open("company.csv", "w", newline="", encoding="utf-8") as out:
        out.write(f"id,name,period\nnorthwind,Northwind Traders,{DIAGNOSED}\n")


if __name__ == "__main__":
    main(sys.argv[1])
