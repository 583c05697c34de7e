<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Fields</name>
    <message>
        <source>Food samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakfast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning snack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afternoon snack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dinner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fridge temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be disposed of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposed of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue for disposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal allowed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for disposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Childcare worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canteen staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security guard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits only, 7 to 20 of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FoodSamples</name>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each dish needs at least %1 g; this sample weighs %2 g.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fridge is at %1 °C, outside the %2–%3 °C range. Check the fridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample was stored on another day than the meal&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter who disposed of the sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter when the sample was disposed of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disposal time is before the time the sample was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample must be kept for %1 hours. It may be disposed of from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disposal time is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Main campus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting %1 has an unreadable value &quot;%2&quot;; the default is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the kindergarten&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long (at most 100 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one campus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campus &quot;%1&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum sample weight must be between 50 g and 500 g.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold time must be between 24 and 168 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fridge range&apos;s upper limit must be above its lower limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fridge range must lie between -30 °C and 20 °C.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>%1 is a folder, not a Houqin database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Houqin database (it is not a SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Houqin database (it cannot be read as SQLite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not of Houqin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Houqin (schema %2; this version knows up to %3). Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1, row %2 points to a missing row in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database failed at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is in use by another program. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database operation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2 does not exist (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at least %2%3 (got %4%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at most %2%3 (got %4%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a campus of this kindergarten (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not valid: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueFormat</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write 2026-09-01, 2026/9/1 or 2026年9月1日)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (write 2026-09-01 11:30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than two decimal places (money is kept in whole fen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than %2 decimal places</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
