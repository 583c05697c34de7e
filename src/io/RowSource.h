#pragma once

#include "Csv.h"

#include <QStringList>
#include <optional>

class QIODevice;

namespace houqin::io {

// Where an import reads its rows from, one at a time, so that memory does not grow with the file: a CSV
// file read as it goes (CsvStreamSource), a table already in memory (CsvTableSource), a sheet of a
// spreadsheet file. Blank rows are skipped by the source but counted, so row numbers are the ones a
// spreadsheet shows (the header is row 1 unless blank rows come before it).
class RowSource {
public:
    virtual ~RowSource() = default;

    struct Row {
        QStringList cells; // as written, not trimmed
        int number = 0;    // spreadsheet row number
    };

    // The first non-blank row. False on a fault (fault() says why) or at the end of an empty file
    // (header.cells empty).
    virtual bool header(Row& header) = 0;
    // The next non-blank data row. False at the end, or on a fault (fault() is then set).
    virtual bool next(Row& row) = 0;
    // Why the file cannot be read as its format, and on which row; empty while all is well.
    const std::optional<CsvFault>& fault() const { return m_fault; }
    // How far reading has come, in the source's own unit (bytes, rows); total() 0 = unknown.
    virtual qint64 done() const = 0;
    virtual qint64 total() const = 0;

protected:
    std::optional<CsvFault> m_fault;
};

// A CsvTable (parseCsv, readCsvFile) as a row source.
class CsvTableSource : public RowSource {
public:
    explicit CsvTableSource(const CsvTable& table) : m_table(table) {}
    explicit CsvTableSource(CsvTable&&) = delete; // the table must outlive the source
    bool header(Row& header) override;
    bool next(Row& row) override;
    qint64 done() const override { return m_next; }
    qint64 total() const override { return m_table.rows.size(); }

private:
    const CsvTable& m_table;
    qsizetype m_next = 0;
};

// CSV read from a device as it goes (parseCsv, Csv.h, is this over the whole text): the encoding detected as
// decodeText does (TextDecoding.h: UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK), by a first
// pass over the device a chunk at a time (a sequential device is read whole for it), then decoded a chunk
// at a time; commas, or tabs when the first line has tabs and no comma; LF, CRLF or CR line ends, quoted
// cells with doubled quotes and embedded line breaks (CRLF in a cell becomes LF), formula guards removed
// (unguardFormula), blank rows and rows of only empty cells skipped. Bytes that are text in none of the
// encodings and an unterminated quote are faults naming their row; an old .xls workbook is a fault of the
// file. The device must stay open and seekable to its start while the source is read.
class CsvStreamSource : public RowSource {
public:
    explicit CsvStreamSource(QIODevice& device);
    ~CsvStreamSource() override;
    bool header(Row& header) override;
    bool next(Row& row) override;
    qint64 done() const override;
    qint64 total() const override;

private:
    struct State;
    bool fill(); // reads and scans one chunk; false at the end of the device or on a fault
    std::unique_ptr<State> m;
};

} // namespace houqin::io
