/** The companies pages, panels and hooks that other folders may use (React; never imported by the import worker). */
export * from './CompaniesPage';
export * from './CompanyPage';
export * from './CreditSettingsFields';
export * from './hooks';
