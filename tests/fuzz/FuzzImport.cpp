// libFuzzer target (issue 14): the import's readers and the lenient value parsers on arbitrary bytes.
// Every input goes through the CSV reader (encoding detection included), the .xlsx reader when it looks
// like a zip archive, and every cell of what was read through valuefmt::parse for each field type.
// parseCsv is the streaming reader that imports use (io/CsvStream.cpp) over the whole input.
// Built only with clang (HOUQIN_FUZZ=ON, see tests/fuzz/run-fuzz.sh); a crash, a hang or a sanitizer
// report is a failure.
#include "domain/FieldDef.h"
#include "domain/ValueFormat.h"
#include "io/Csv.h"
#include "io/TextDecoding.h"
#include "io/XlsxReader.h"

#include <QByteArray>
#include <QList>
#include <cstddef>
#include <cstdint>

using namespace houqin;

namespace {

const QList<FieldDef>& fields() {
    static const QList<FieldDef> all = {
        field::text(QStringLiteral("t"), "Text"),
        field::choice(QStringLiteral("c"), "Meal",
                      {{QStringLiteral("lunch"), "Lunch", {QStringLiteral("午餐"), QStringLiteral("中餐")}},
                       {QStringLiteral("dinner"), "Dinner", {QStringLiteral("晚餐")}}}),
        field::integer(QStringLiteral("i"), "Count"),
        field::money(QStringLiteral("m"), "Price"),
        field::decimal(QStringLiteral("d"), "Weight", 1).unitText(QStringLiteral("g")),
        field::date(QStringLiteral("day"), "Day"),
        field::dateTime(QStringLiteral("at"), "At"),
        field::boolean(QStringLiteral("b"), "Checked"),
    };
    return all;
}

void parseValues(const QString& text) {
    for (const FieldDef& f : fields()) {
        const valuefmt::Parsed p = valuefmt::parse(f, text);
        if (p.ok() && !p.value.isNull()) {
            // What was accepted must print and read back without trouble.
            (void)valuefmt::display(f, p.value);
            (void)valuefmt::parse(f, valuefmt::canonical(f, p.value));
        }
    }
    (void)valuefmt::excerpt(text);
}

void parseTable(const io::CsvTable& t) {
    int budget = 64; // cells per input, so that one input stays fast
    for (const QString& h : t.header)
        if (budget-- > 0)
            parseValues(h);
    for (const QStringList& row : t.rows)
        for (const QString& cell : row)
            if (budget-- > 0)
                parseValues(cell);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const io::DecodedText decoded = io::decodeText(bytes);
    if (decoded.ok)
        parseValues(decoded.text.left(200));
    if (auto csv = io::parseCsv(bytes))
        parseTable(*csv);
    if (io::looksLikeZip(bytes))
        if (auto xlsx = io::parseXlsx(bytes))
            parseTable(*xlsx);
    // Guarding a cell and removing the guard give it back.
    const QString cell = decoded.text.left(40);
    if (io::unguardFormula(io::guardFormula(cell)) != cell)
        __builtin_trap();
    return 0;
}
