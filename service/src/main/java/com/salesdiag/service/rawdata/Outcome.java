package com.salesdiag.service.rawdata;

/** Where an opportunity stands: won, lost, or still open (neither, and not counted as a deal). */
public enum Outcome { WON, LOST, OPEN }
