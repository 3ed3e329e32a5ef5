#pragma once

#include <QDateEdit>

// A calendar-date picker whose value is an SSAPI timestamp. People pick a local calendar day; the
// widget stores the UTC ISO 8601 string with milliseconds for the start (or, in EndOfDay mode, the
// last millisecond) of that local day. An optional picker can be empty ("not set").
class UtcDateEdit : public QDateEdit
{
    Q_OBJECT
public:
    enum class Anchor
    {
        StartOfDay,
        EndOfDay
    };

    explicit UtcDateEdit(QWidget* parent = nullptr);

    void setAnchor(Anchor anchor) { m_anchor = anchor; }
    // Optional pickers show "Not set" at their minimum date and return an empty value there.
    void setOptional(bool optional);
    bool isOptional() const { return m_optional; }

    // Empty when unset. Setting a value the picker cannot show exactly keeps that exact text until the
    // user picks another day, so loading and saving an untouched value never rewrites it.
    QString utcValue() const;
    void setUtcValue(const QString& value);
    void clear() override;

Q_SIGNALS:
    void utcValueChanged(const QString& value);

private:
    void onDateChanged(QDate date);

    Anchor m_anchor = Anchor::StartOfDay;
    bool m_optional = false;
    bool m_updating = false;
    QString m_value;
};
