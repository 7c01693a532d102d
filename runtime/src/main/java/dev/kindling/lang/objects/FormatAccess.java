package dev.kindling.lang.objects;

import dev.kindling.lang.format.StrFormat;

/** Lets str.format reach attributes, items and formatting of any value. */
final class FormatAccess implements StrFormat.Accessor {
    static final FormatAccess INSTANCE = new FormatAccess();
}
