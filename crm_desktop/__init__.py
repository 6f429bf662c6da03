"""RegionSoft-class desktop CRM: workstation, admin tool and services over one Firebird DB."""

__version__ = "0.1.0"
