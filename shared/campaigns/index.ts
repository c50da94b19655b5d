/** What other folders may use of shared/campaigns; everything else in the folder is its own business. */
export * from './campaign';
export * from './funds';
export * from './goals';
export * from './money';
export * from './party';
export * from './returns';
export * from './task';
export * from './taskStatus';
export * from './dossier';
export * from './messages';
export * from './progressReport';
export * from './campaignKinds';
export * from './exchange/campaignMapping';
export * from './exchange/campaignRef';
export * from './exchange/filingMapping';
export * from './exchange/fundMappings';
export * from './exchange/itemMappings';
