#include "sandbox/DemoVocabulary.h"

using namespace Qt::StringLiterals;

namespace DemoVocabulary {

const QList<Client>& clients()
{
    static const QList<Client> list{
        {u"ACME Corporation"_s, u"ACME"_s, u"ACME"_s, u"acme.example"_s},
        {u"Globex Corporation"_s, u"Globex"_s, u"GLBX"_s, u"globex.example"_s},
        {u"Initech"_s, u"Initech"_s, u"INIT"_s, u"initech.example"_s},
        {u"Umbrella Health"_s, u"Umbrella Health"_s, u"UMBR"_s, u"umbrella.example"_s},
        {u"Wayne Technologies"_s, u"Wayne Technologies"_s, u"WAYN"_s, u"wayne.example"_s},
        {u"Stark Industries"_s, u"Stark Industries"_s, u"STRK"_s, u"stark.example"_s},
    };
    return list;
}

const QList<std::pair<int, QString>>& curatedProjects()
{
    static const QList<std::pair<int, QString>> list{
        {0, u"Payments API Pentest"_s},
        {1, u"Customer Portal Web App Pentest"_s},
        {2, u"Internal Network Pentest"_s},
        {3, u"Patient Portal Pentest"_s},
        {4, u"AWS Landing Zone Cloud Config Review"_s},
        {5, u"Red Team Exercise"_s},
        {0, u"Mobile Banking App Pentest (iOS and Android)"_s},
        {1, u"Partner API Security Assessment"_s},
        {2, u"TPS Report Service Code Review"_s},
        {3, u"Clinical Systems Network Segmentation Test"_s},
        {4, u"Active Directory Security Review"_s},
        {5, u"Kubernetes Cluster Pentest"_s},
        {0, u"Open Banking Gateway Pentest"_s},
        {1, u"E-commerce Checkout Retest"_s},
        {2, u"VPN Gateway External Pentest"_s},
        {3, u"Telehealth Video App Pentest"_s},
        {4, u"Azure AD Conditional Access Review"_s},
        {5, u"Wi-Fi and Physical Access Assessment"_s},
        {0, u"Card Issuing Platform PCI DSS Pentest"_s},
        {1, u"Data Warehouse Access Review"_s},
        {2, u"Payroll SaaS Integration Pentest"_s},
        {3, u"HL7 Interface Engine Pentest"_s},
        {4, u"Secure SDLC Threat Model Workshop"_s},
        {5, u"OT / SCADA Network Assessment"_s},
        {0, u"Fraud Detection ML Service Pentest"_s},
        {1, u"SAP Gateway Pentest"_s},
        {2, u"Email Phishing Simulation Q3"_s},
        {3, u"Medical Device Firmware Review"_s},
        {4, u"GraphQL API Pentest"_s},
        {5, u"Supplier Portal Web App Pentest"_s},
    };
    return list;
}

const QStringList& systems()
{
    static const QStringList list{
        u"Payments API"_s,      u"Customer Portal"_s, u"Mobile App"_s,         u"Internal Network"_s,
        u"AWS Account"_s,       u"Azure Tenant"_s,    u"Kubernetes Cluster"_s, u"SAP Gateway"_s,
        u"HR System"_s,         u"VPN Gateway"_s,     u"Partner API"_s,        u"Data Warehouse"_s,
        u"Identity Provider"_s, u"Billing Service"_s, u"Intranet"_s,           u"Support Desk"_s};
    return list;
}

const QStringList& testTypes()
{
    static const QStringList list{u"Pentest"_s,       u"Web App Pentest"_s,
                                  u"API Pentest"_s,   u"Security Assessment"_s,
                                  u"Config Review"_s, u"Retest"_s};
    return list;
}

const QList<Finding>& findings()
{
    static const QList<Finding> list{
        {u"SQL Injection in Login Form"_s, u"Critical"_s, u"Use parameterised queries."_s},
        {u"Remote Code Execution via File Upload"_s, u"Critical"_s, u"Validate file types server side."_s},
        {u"Broken Object Level Authorization on /accounts/{id}"_s, u"Critical"_s,
         u"Check ownership of every object."_s},
        {u"Stored Cross-Site Scripting (XSS) in Comments"_s, u"High"_s, u"Encode output by context."_s},
        {u"Server-Side Request Forgery (SSRF) in Webhook URL"_s, u"High"_s,
         u"Allow-list outbound destinations."_s},
        {u"JWT Signature Not Verified"_s, u"High"_s, u"Verify signatures and pin the algorithm."_s},
        {u"Default Credentials on Admin Console"_s, u"High"_s, u"Change and rotate credentials."_s},
        {u"Kerberoastable Service Accounts"_s, u"High"_s, u"Use long random service passwords."_s},
        {u"Public S3 Bucket Exposes Backups"_s, u"High"_s, u"Block public access on the bucket."_s},
        {u"Insecure Direct Object Reference in Invoice Download"_s, u"Medium"_s,
         u"Authorise each download."_s},
        {u"Reflected Cross-Site Scripting (XSS) in Search"_s, u"Medium"_s, u"Encode reflected input."_s},
        {u"Missing Rate Limiting on Password Reset"_s, u"Medium"_s, u"Throttle by account and IP."_s},
        {u"Outdated TLS Configuration (TLS 1.0 Enabled)"_s, u"Medium"_s, u"Disable TLS 1.0 and 1.1."_s},
        {u"Session Not Invalidated on Logout"_s, u"Medium"_s, u"Invalidate sessions server side."_s},
        {u"SMB Signing Not Required"_s, u"Medium"_s, u"Require SMB signing by policy."_s},
        {u"Verbose Error Messages Reveal Stack Traces"_s, u"Low"_s, u"Show generic error pages."_s},
        {u"Missing HTTP Security Headers"_s, u"Low"_s, u"Add CSP, HSTS and X-Content-Type-Options."_s},
        {u"Cookie Without Secure Flag"_s, u"Low"_s, u"Set Secure and HttpOnly."_s},
        {u"Username Enumeration via Login Response"_s, u"Low"_s, u"Answer uniformly."_s},
        {u"Software Version Disclosure in Server Header"_s, u"Info"_s, u"Remove version banners."_s},
        {u"Autocomplete Enabled on Password Field"_s, u"Info"_s, u"Consider autocomplete=off."_s},
        {u"Internal IP Address Disclosure"_s, u"Info"_s, u"Strip internal addresses."_s},
    };
    return list;
}

const QList<PortfolioSpec>& portfolios()
{
    static const QList<PortfolioSpec> list{
        {u"Digital Banking"_s, u"DB"_s, {u"Payments"_s, u"Mobile"_s, u"Open Banking"_s}},
        {u"Corporate IT"_s, u"CIT"_s, {u"Identity"_s, u"Network"_s, u"Endpoints"_s}},
        {u"Cloud Platform"_s, u"CLD"_s, {u"AWS"_s, u"Azure"_s, u"Kubernetes"_s}},
        {u"Healthcare Applications"_s, u"HCA"_s, {u"Patient Portal"_s, u"Clinical Systems"_s}},
    };
    return list;
}

const QStringList& firstNames()
{
    static const QStringList list{u"Alice"_s,  u"Bruno"_s,  u"Chen"_s, u"Dana"_s, u"Emeka"_s,
                                  u"Fatima"_s, u"Gareth"_s, u"Hana"_s, u"Ivan"_s, u"Julia"_s};
    return list;
}

const QStringList& lastNames()
{
    static const QStringList list{u"Nguyen"_s,   u"Schmidt"_s, u"Okafor"_s, u"Rossi"_s, u"Tanaka"_s,
                                  u"Kowalski"_s, u"Haddad"_s,  u"Murphy"_s, u"Silva"_s, u"Larsen"_s};
    return list;
}

const QStringList& holdReasons()
{
    static const QStringList list{u"The test environment is down after a failed deployment."_s,
                                  u"Waiting for the client to whitelist our source IP addresses."_s,
                                  u"Test credentials have expired; new accounts requested."_s,
                                  u"Change freeze over the end-of-quarter release."_s,
                                  u"Scope under review after the kick-off meeting."_s};
    return list;
}

const QStringList& assets()
{
    static const QStringList list{u"api.%1"_s,  u"portal.%1"_s,   u"vpn.%1"_s,       u"10.20.0.0/16"_s,
                                  u"app-ios"_s, u"app-android"_s, u"dc01.corp.%1"_s, u"admin.%1"_s};
    return list;
}

} // namespace DemoVocabulary
