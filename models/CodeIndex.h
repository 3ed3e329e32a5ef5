#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// Project codes and vulnerability codes are free text to the API, but people keep them unique and
// numbered ("PAY-007"). The editor warns about a code another loaded project uses and suggests the
// next free one from the loaded codes' pattern, as AttackForge's own project form does; it never
// blocks, since the server accepts duplicates.
//
// The codes of every loaded project are counted once, when the list is in, so that a keystroke or a
// catalog update is a lookup and not a pass over 100,000 codes. Built on a worker (it only reads its
// input); copies share their data.
class CodeIndex
{
public:
    CodeIndex() = default;
    // One entry per loaded project.
    explicit CodeIndex(const QStringList& codes);

    // Whether two spellings are the same code: case and outer spaces do not count.
    static bool sameCode(const QString& a, const QString& b);
    // How many loaded projects use `code`, ignoring case and outer spaces.
    int usageCount(const QString& code) const;
    // The next free code: the prefix of `current` when it ends in digits and that prefix is in use
    // (else the most common numbered prefix, spelled as first seen), with one more than the highest
    // number used with that prefix, zero-padded to the widest number seen ("PAY-009" → "PAY-010").
    // Empty when no loaded code is numbered.
    QString nextFree(const QString& current = {}) const;
    // How many codes were counted (one per loaded project).
    qsizetype size() const { return m_size; }

private:
    struct Prefix
    {
        QString spelling; // as first seen
        qsizetype firstSeen = 0;
        int uses = 0;
        qlonglong highest = 0;
        qsizetype width = 1;
    };

    QHash<QString, int> m_uses;        // trimmed, case-folded code -> how many projects use it
    QHash<QString, Prefix> m_prefixes; // case-folded prefix of a numbered code -> what follows it
    QString m_commonPrefix;            // key of the most common prefix (the first seen on a tie)
    qsizetype m_size = 0;
};
