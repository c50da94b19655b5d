/** The campaign pages, panels and hooks that other folders may use (React; never imported by the import worker). */
export * from './CampaignDeadlinesPanel';
export * from './CampaignPage';
export * from './CampaignsPage';
export * from './campaignHooks';
