#pragma once

#include <QString>

// Import files for the reliability tests: food samples (the register inspectors ask for), each row's note
// carrying a marker, so that what one run wrote can be counted in the file afterwards.
namespace houqin::reliability {

struct SampleRows {
    QString sampler; // a staff member's name the file knows
    QString campus;  // one of the file's campuses
    QString marker;  // rows' notes are MARKER-r0, MARKER-r1, ...
    int rows = 1;
};

// Writes a UTF-8 CSV with field keys as its header; false when the file cannot be written.
bool writeSampleCsv(const QString& path, const SampleRows& spec);

// SQL counting the rows a file of that marker wrote (notes LIKE 'MARKER-r%').
QString markerCondition(const QString& marker);

} // namespace houqin::reliability
